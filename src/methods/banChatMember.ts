import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Bans a user from a group, supergroup or channel (the bot must be an administrator with the
 * right to restrict members).
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `user_id`, and optionally `until_date`, `revoke_messages`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#banchatmember
 */
export function banChatMember(
  client: Client,
  params: Params<'banChatMember'>,
  options?: CallOptions,
): Promise<Result<'banChatMember'>> {
  return client.call('banChatMember', params, options);
}
