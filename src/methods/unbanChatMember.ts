import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Unbans a previously banned user. Pass `only_if_banned: true` so that a member who is not
 * banned is not removed from the chat.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `user_id`, and optionally `only_if_banned`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#unbanchatmember
 */
export function unbanChatMember(
  client: Client,
  params: Params<'unbanChatMember'>,
  options?: CallOptions,
): Promise<Result<'unbanChatMember'>> {
  return client.call('unbanChatMember', params, options);
}
