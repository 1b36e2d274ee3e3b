import type { CallOptions, Client } from '../client/types.js';
import type { Result } from '../types/methods.js';

/**
 * Returns the bot's Telegram Stars balance.
 *
 * @param client - the client to call through
 * @param options - `signal`, `timeoutMs`
 * @returns the `StarAmount`
 * @see https://core.telegram.org/bots/api#getmystarbalance
 */
export function getMyStarBalance(client: Client, options?: CallOptions): Promise<Result<'getMyStarBalance'>> {
  return client.call('getMyStarBalance', {}, options);
}
