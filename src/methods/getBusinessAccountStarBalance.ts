import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the Telegram Stars of a managed business account (right `can_view_gifts_and_stars`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the `StarAmount`
 * @see https://core.telegram.org/bots/api#getbusinessaccountstarbalance
 */
export function getBusinessAccountStarBalance(
  client: Client,
  params: Params<'getBusinessAccountStarBalance'>,
  options?: CallOptions,
): Promise<Result<'getBusinessAccountStarBalance'>> {
  return client.call('getBusinessAccountStarBalance', params, options);
}
