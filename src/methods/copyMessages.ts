import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkMessageIds } from './checks.js';

/**
 * Copies up to 100 messages in one call, without links to the originals, keeping albums together.
 * Messages that cannot be copied (service, paid media, giveaway and invoice messages) are skipped.
 * It goes into a topic when `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names
 * one; the General topic's id is dropped, so it lands in General. In a channel's direct-messages
 * chat, `direct_messages_topic_id` names the topic instead. Rejects with a `ValidationError`,
 * sending nothing, when `message_ids` does not hold 1-100 ids.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `from_chat_id` and `message_ids`, and optionally
 *   `disable_notification`, `protect_content` and `remove_caption`
 * @param options - `signal`, `timeoutMs`
 * @returns the `MessageId` of each copy
 * @see https://core.telegram.org/bots/api#copymessages
 */
export async function copyMessages(
  client: Client,
  params: Params<'copyMessages'>,
  options?: CallOptions,
): Promise<Result<'copyMessages'>> {
  checkMessageIds('copyMessages', params.message_ids);
  return client.call('copyMessages', params, options);
}
