import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Converts a regular gift of a managed business account to Telegram Stars (right
 * `can_convert_gifts_to_stars`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id` and `owned_gift_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#convertgifttostars
 */
export function convertGiftToStars(
  client: Client,
  params: Params<'convertGiftToStars'>,
  options?: CallOptions,
): Promise<Result<'convertGiftToStars'>> {
  return client.call('convertGiftToStars', params, options);
}
