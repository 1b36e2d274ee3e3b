import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the first and last name of a managed business account (right `can_change_name`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id` and `first_name`, and optionally `last_name`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setbusinessaccountname
 */
export function setBusinessAccountName(
  client: Client,
  params: Params<'setBusinessAccountName'>,
  options?: CallOptions,
): Promise<Result<'setBusinessAccountName'>> {
  return client.call('setBusinessAccountName', params, options);
}
