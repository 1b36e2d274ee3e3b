import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Verifies a user on behalf of the organization the bot represents.
 *
 * @param client - the client to call through
 * @param params - `user_id`, and optionally `custom_description`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#verifyuser
 */
export function verifyUser(
  client: Client,
  params: Params<'verifyUser'>,
  options?: CallOptions,
): Promise<Result<'verifyUser'>> {
  return client.call('verifyUser', params, options);
}
