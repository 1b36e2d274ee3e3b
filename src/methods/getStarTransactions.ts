import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lists the bot's Telegram Stars transactions, oldest first.
 *
 * @param client - the client to call through
 * @param params - optionally `offset` and `limit`
 * @param options - `signal`, `timeoutMs`
 * @returns the `StarTransactions`
 * @see https://core.telegram.org/bots/api#getstartransactions
 */
export function getStarTransactions(
  client: Client,
  params?: Params<'getStarTransactions'>,
  options?: CallOptions,
): Promise<Result<'getStarTransactions'>> {
  return client.call('getStarTransactions', params, options);
}
