import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Creates a new primary invite link for a chat and revokes the previous one. To get the current
 * link without revoking it, read `invite_link` from `getChat`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the new link
 * @see https://core.telegram.org/bots/api#exportchatinvitelink
 */
export function exportChatInviteLink(
  client: Client,
  params: Params<'exportChatInviteLink'>,
  options?: CallOptions,
): Promise<Result<'exportChatInviteLink'>> {
  return client.call('exportChatInviteLink', params, options);
}
