import type { CallOptions, Client } from '../client/types.js';
import type { Result } from '../types/methods.js';

/**
 * Logs the bot out of the cloud Bot API server, the step before running it on a local Bot API
 * server. For ten minutes afterwards the bot cannot log back in to the cloud server.
 *
 * @param client - the client to call through
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#logout
 */
export function logOut(client: Client, options?: CallOptions): Promise<Result<'logOut'>> {
  return client.call('logOut', {}, options);
}
