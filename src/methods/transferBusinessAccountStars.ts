import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Moves Telegram Stars from a managed business account to the bot's balance (right
 * `can_transfer_stars`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id` and `star_count`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#transferbusinessaccountstars
 */
export function transferBusinessAccountStars(
  client: Client,
  params: Params<'transferBusinessAccountStars'>,
  options?: CallOptions,
): Promise<Result<'transferBusinessAccountStars'>> {
  return client.call('transferBusinessAccountStars', params, options);
}
