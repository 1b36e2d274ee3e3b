import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Creates an additional invite link for a chat (the bot must be an administrator with the
 * right to invite users).
 *
 * @param client - the client to call through
 * @param params - `chat_id`, and optionally `name`, `expire_date`, `member_limit`, `creates_join_request`
 * @param options - `signal`, `timeoutMs`
 * @returns the new `ChatInviteLink`
 * @see https://core.telegram.org/bots/api#createchatinvitelink
 */
export function createChatInviteLink(
  client: Client,
  params: Params<'createChatInviteLink'>,
  options?: CallOptions,
): Promise<Result<'createChatInviteLink'>> {
  return client.call('createChatInviteLink', params, options);
}
