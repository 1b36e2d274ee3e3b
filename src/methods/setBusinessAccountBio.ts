import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the bio of a managed business account (right `can_change_bio`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, and optionally `bio`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setbusinessaccountbio
 */
export function setBusinessAccountBio(
  client: Client,
  params: Params<'setBusinessAccountBio'>,
  options?: CallOptions,
): Promise<Result<'setBusinessAccountBio'>> {
  return client.call('setBusinessAccountBio', params, options);
}
