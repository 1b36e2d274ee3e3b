import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Gifts a Telegram Premium subscription of 3, 6 or 12 months to a user, paid in Telegram Stars
 * (1000, 1500 or 2500). Rejects with a `ValidationError`, sending nothing, for an unknown
 * `text_parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `user_id`, `month_count` and `star_count`, and optionally `text`,
 *   `text_parse_mode` and `text_entities`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#giftpremiumsubscription
 */
export async function giftPremiumSubscription(
  client: Client,
  params: Params<'giftPremiumSubscription'>,
  options?: CallOptions,
): Promise<Result<'giftPremiumSubscription'>> {
  checkParseMode('giftPremiumSubscription', params, 'text_parse_mode');
  return client.call('giftPremiumSubscription', params, options);
}
