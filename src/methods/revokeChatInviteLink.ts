import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Revokes an invite link the bot created; revoking the primary link makes Telegram create a new
 * one.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `invite_link`
 * @param options - `signal`, `timeoutMs`
 * @returns the revoked `ChatInviteLink`
 * @see https://core.telegram.org/bots/api#revokechatinvitelink
 */
export function revokeChatInviteLink(
  client: Client,
  params: Params<'revokeChatInviteLink'>,
  options?: CallOptions,
): Promise<Result<'revokeChatInviteLink'>> {
  return client.call('revokeChatInviteLink', params, options);
}
