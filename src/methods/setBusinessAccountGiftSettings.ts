import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets which gifts a managed business account accepts and whether it shows the gift button (right
 * `can_change_gift_settings`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, `show_gift_button` and `accepted_gift_types`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setbusinessaccountgiftsettings
 */
export function setBusinessAccountGiftSettings(
  client: Client,
  params: Params<'setBusinessAccountGiftSettings'>,
  options?: CallOptions,
): Promise<Result<'setBusinessAccountGiftSettings'>> {
  return client.call('setBusinessAccountGiftSettings', params, options);
}
