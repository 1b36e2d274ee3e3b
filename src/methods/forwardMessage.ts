import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Forwards a message of any kind, into a topic of the target chat when `message_thread_id`
 * (or the `"chat*thread"` form of `chat_id`) names one.
 *
 * @param client - the client to call through
 * @param params - `chat_id` (target), `from_chat_id`, `message_id`, and any other Bot API parameter of forwardMessage
 * @param options - `signal`, `timeoutMs`
 * @returns the forwarded `Message`
 * @see https://core.telegram.org/bots/api#forwardmessage
 */
export function forwardMessage(
  client: Client,
  params: Params<'forwardMessage'>,
  options?: CallOptions,
): Promise<Result<'forwardMessage'>> {
  return client.call('forwardMessage', params, options);
}
