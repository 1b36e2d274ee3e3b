import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lifts the ban of a channel set with `banChatSenderChat`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `sender_chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#unbanchatsenderchat
 */
export function unbanChatSenderChat(
  client: Client,
  params: Params<'unbanChatSenderChat'>,
  options?: CallOptions,
): Promise<Result<'unbanChatSenderChat'>> {
  return client.call('unbanChatSenderChat', params, options);
}
