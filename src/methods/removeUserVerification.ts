import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes the verification the bot gave a user.
 *
 * @param client - the client to call through
 * @param params - `user_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#removeuserverification
 */
export function removeUserVerification(
  client: Client,
  params: Params<'removeUserVerification'>,
  options?: CallOptions,
): Promise<Result<'removeUserVerification'>> {
  return client.call('removeUserVerification', params, options);
}
