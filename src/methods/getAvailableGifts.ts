import type { CallOptions, Client } from '../client/types.js';
import type { Result } from '../types/methods.js';

/**
 * Lists the gifts the bot can send to users and channels.
 *
 * @param client - the client to call through
 * @param options - `signal`, `timeoutMs`
 * @returns the `Gifts`
 * @see https://core.telegram.org/bots/api#getavailablegifts
 */
export function getAvailableGifts(client: Client, options?: CallOptions): Promise<Result<'getAvailableGifts'>> {
  return client.call('getAvailableGifts', {}, options);
}
