import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lists the gifts a managed business account received and owns (right `can_view_gifts_and_stars`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, and any other Bot API parameter of
 *   getBusinessAccountGifts
 * @param options - `signal`, `timeoutMs`
 * @returns the `OwnedGifts`
 * @see https://core.telegram.org/bots/api#getbusinessaccountgifts
 */
export function getBusinessAccountGifts(
  client: Client,
  params: Params<'getBusinessAccountGifts'>,
  options?: CallOptions,
): Promise<Result<'getBusinessAccountGifts'>> {
  return client.call('getBusinessAccountGifts', params, options);
}
