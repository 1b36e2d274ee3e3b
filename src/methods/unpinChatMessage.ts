import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Unpins a message, or the most recent pinned one when `message_id` is omitted.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, and optionally `message_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#unpinchatmessage
 */
export function unpinChatMessage(
  client: Client,
  params: Params<'unpinChatMessage'>,
  options?: CallOptions,
): Promise<Result<'unpinChatMessage'>> {
  return client.call('unpinChatMessage', params, options);
}
