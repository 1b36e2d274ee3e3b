import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Bans a channel from posting in a supergroup or channel: its owner cannot post on behalf of any of
 * their channels until it is unbanned.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `sender_chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#banchatsenderchat
 */
export function banChatSenderChat(
  client: Client,
  params: Params<'banChatSenderChat'>,
  options?: CallOptions,
): Promise<Result<'banChatSenderChat'>> {
  return client.call('banChatSenderChat', params, options);
}
