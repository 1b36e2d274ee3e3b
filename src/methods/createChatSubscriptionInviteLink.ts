import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Creates an invite link to a channel that members pay for in Telegram Stars, every 30 days. The
 * bot needs `can_invite_users`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `subscription_period` and `subscription_price`, and optionally `name`
 * @param options - `signal`, `timeoutMs`
 * @returns the new `ChatInviteLink`
 * @see https://core.telegram.org/bots/api#createchatsubscriptioninvitelink
 */
export function createChatSubscriptionInviteLink(
  client: Client,
  params: Params<'createChatSubscriptionInviteLink'>,
  options?: CallOptions,
): Promise<Result<'createChatSubscriptionInviteLink'>> {
  return client.call('createChatSubscriptionInviteLink', params, options);
}
