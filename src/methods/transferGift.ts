import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Gives a unique gift of a managed business account to another user (right
 * `can_transfer_and_upgrade_gifts`, plus `can_transfer_stars` when the transfer is paid).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, `owned_gift_id`, `new_owner_chat_id` and `star_count`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#transfergift
 */
export function transferGift(
  client: Client,
  params: Params<'transferGift'>,
  options?: CallOptions,
): Promise<Result<'transferGift'>> {
  return client.call('transferGift', params, options);
}
