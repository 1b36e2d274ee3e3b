import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Deletes a message (a topic's creation message cannot be deleted; delete the topic instead).
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `message_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletemessage
 */
export function deleteMessage(
  client: Client,
  params: Params<'deleteMessage'>,
  options?: CallOptions,
): Promise<Result<'deleteMessage'>> {
  return client.call('deleteMessage', params, options);
}
