import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Turns down a user's request to join a chat. The bot needs `can_invite_users`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `user_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#declinechatjoinrequest
 */
export function declineChatJoinRequest(
  client: Client,
  params: Params<'declineChatJoinRequest'>,
  options?: CallOptions,
): Promise<Result<'declineChatJoinRequest'>> {
  return client.call('declineChatJoinRequest', params, options);
}
