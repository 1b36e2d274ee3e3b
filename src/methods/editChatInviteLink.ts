import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes an additional invite link the bot created (its name, expiry, member limit or join
 * requests).
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `invite_link`, and any other Bot API parameter of editChatInviteLink
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `ChatInviteLink`
 * @see https://core.telegram.org/bots/api#editchatinvitelink
 */
export function editChatInviteLink(
  client: Client,
  params: Params<'editChatInviteLink'>,
  options?: CallOptions,
): Promise<Result<'editChatInviteLink'>> {
  return client.call('editChatInviteLink', params, options);
}
