import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lets a user who asked to join a chat in. The bot needs `can_invite_users`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `user_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#approvechatjoinrequest
 */
export function approveChatJoinRequest(
  client: Client,
  params: Params<'approveChatJoinRequest'>,
  options?: CallOptions,
): Promise<Result<'approveChatJoinRequest'>> {
  return client.call('approveChatJoinRequest', params, options);
}
