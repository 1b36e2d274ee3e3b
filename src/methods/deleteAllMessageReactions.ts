import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes up to 10,000 recent reactions that one user or chat left in a group or supergroup. The
 * bot needs `can_delete_messages`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, and optionally `user_id` and `actor_chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deleteallmessagereactions
 */
export function deleteAllMessageReactions(
  client: Client,
  params: Params<'deleteAllMessageReactions'>,
  options?: CallOptions,
): Promise<Result<'deleteAllMessageReactions'>> {
  return client.call('deleteAllMessageReactions', params, options);
}
