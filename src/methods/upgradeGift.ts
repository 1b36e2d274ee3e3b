import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Upgrades a regular gift of a managed business account to a unique one (right
 * `can_transfer_and_upgrade_gifts`, plus `can_transfer_stars` when the upgrade is paid).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id` and `owned_gift_id`, and optionally
 *   `keep_original_details` and `star_count`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#upgradegift
 */
export function upgradeGift(
  client: Client,
  params: Params<'upgradeGift'>,
  options?: CallOptions,
): Promise<Result<'upgradeGift'>> {
  return client.call('upgradeGift', params, options);
}
