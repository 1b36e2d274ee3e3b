import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the username of a managed business account (right `can_change_username`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, and optionally `username`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setbusinessaccountusername
 */
export function setBusinessAccountUsername(
  client: Client,
  params: Params<'setBusinessAccountUsername'>,
  options?: CallOptions,
): Promise<Result<'setBusinessAccountUsername'>> {
  return client.call('setBusinessAccountUsername', params, options);
}
