import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Refunds a payment made in Telegram Stars.
 *
 * @param client - the client to call through
 * @param params - `user_id` and `telegram_payment_charge_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#refundstarpayment
 */
export function refundStarPayment(
  client: Client,
  params: Params<'refundStarPayment'>,
  options?: CallOptions,
): Promise<Result<'refundStarPayment'>> {
  return client.call('refundStarPayment', params, options);
}
