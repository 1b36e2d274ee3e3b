import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a text message, into a topic when `message_thread_id` (or the `"chat*thread"` form
 * of `chat_id`) names one; the General topic's id is dropped so the message lands in General.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `text`, and any other Bot API parameter of sendMessage
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendmessage
 */
export function sendMessage(
  client: Client,
  params: Params<'sendMessage'>,
  options?: CallOptions,
): Promise<Result<'sendMessage'>> {
  return client.call('sendMessage', params, options);
}
