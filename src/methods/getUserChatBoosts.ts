import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lists the boosts a user added to a chat. The bot must be an administrator there.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `user_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the `UserChatBoosts`
 * @see https://core.telegram.org/bots/api#getuserchatboosts
 */
export function getUserChatBoosts(
  client: Client,
  params: Params<'getUserChatBoosts'>,
  options?: CallOptions,
): Promise<Result<'getUserChatBoosts'>> {
  return client.call('getUserChatBoosts', params, options);
}
