import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Confirms or refuses a `pre_checkout_query`, the last step before a payment. Telegram waits 10
 * seconds for the answer.
 *
 * @param client - the client to call through
 * @param params - `pre_checkout_query_id` and `ok`, and optionally `error_message`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#answerprecheckoutquery
 */
export function answerPreCheckoutQuery(
  client: Client,
  params: Params<'answerPreCheckoutQuery'>,
  options?: CallOptions,
): Promise<Result<'answerPreCheckoutQuery'>> {
  return client.call('answerPreCheckoutQuery', params, options);
}
