import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns up-to-date information about a chat (`is_forum` tells whether it has topics).
 *
 * @param client - the client to call through
 * @param params - `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the `ChatFullInfo`
 * @see https://core.telegram.org/bots/api#getchat
 */
export function getChat(client: Client, params: Params<'getChat'>, options?: CallOptions): Promise<Result<'getChat'>> {
  return client.call('getChat', params, options);
}
