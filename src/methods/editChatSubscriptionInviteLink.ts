import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Renames a subscription invite link the bot created.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `invite_link`, and optionally `name`
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `ChatInviteLink`
 * @see https://core.telegram.org/bots/api#editchatsubscriptioninvitelink
 */
export function editChatSubscriptionInviteLink(
  client: Client,
  params: Params<'editChatSubscriptionInviteLink'>,
  options?: CallOptions,
): Promise<Result<'editChatSubscriptionInviteLink'>> {
  return client.call('editChatSubscriptionInviteLink', params, options);
}
