import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Answers a `shipping_query` (sent for an invoice with `is_flexible`): the shipping options, or why
 * delivery is impossible.
 *
 * @param client - the client to call through
 * @param params - `shipping_query_id` and `ok`, and optionally `shipping_options` and
 *   `error_message`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#answershippingquery
 */
export function answerShippingQuery(
  client: Client,
  params: Params<'answerShippingQuery'>,
  options?: CallOptions,
): Promise<Result<'answerShippingQuery'>> {
  return client.call('answerShippingQuery', params, options);
}
