import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Cancels, or re-enables, the renewal of a user's subscription paid in Telegram Stars.
 *
 * @param client - the client to call through
 * @param params - `user_id`, `telegram_payment_charge_id` and `is_canceled`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#edituserstarsubscription
 */
export function editUserStarSubscription(
  client: Client,
  params: Params<'editUserStarSubscription'>,
  options?: CallOptions,
): Promise<Result<'editUserStarSubscription'>> {
  return client.call('editUserStarSubscription', params, options);
}
