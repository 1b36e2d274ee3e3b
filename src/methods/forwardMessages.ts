import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkMessageIds } from './checks.js';

/**
 * Forwards up to 100 messages in one call, keeping albums together. Messages that cannot be found
 * or forwarded (service messages, protected content) are skipped. It goes into a topic when
 * `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one; the General topic's id
 * is dropped, so it lands in General. In a channel's direct-messages chat,
 * `direct_messages_topic_id` names the topic instead. Rejects with a `ValidationError`, sending
 * nothing, when `message_ids` does not hold 1-100 ids.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `from_chat_id` and `message_ids`, and optionally
 *   `disable_notification` and `protect_content`
 * @param options - `signal`, `timeoutMs`
 * @returns the `MessageId` of each forwarded message
 * @see https://core.telegram.org/bots/api#forwardmessages
 */
export async function forwardMessages(
  client: Client,
  params: Params<'forwardMessages'>,
  options?: CallOptions,
): Promise<Result<'forwardMessages'>> {
  checkMessageIds('forwardMessages', params.message_ids);
  return client.call('forwardMessages', params, options);
}
