import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes the reaction of one user or chat from a message in a group or supergroup. The bot needs
 * `can_delete_messages`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_id`, and optionally `user_id` and `actor_chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletemessagereaction
 */
export function deleteMessageReaction(
  client: Client,
  params: Params<'deleteMessageReaction'>,
  options?: CallOptions,
): Promise<Result<'deleteMessageReaction'>> {
  return client.call('deleteMessageReaction', params, options);
}
