import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the bot's connection to a business account: the account, its rights, whether it is
 * enabled.
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the `BusinessConnection`
 * @see https://core.telegram.org/bots/api#getbusinessconnection
 */
export function getBusinessConnection(
  client: Client,
  params: Params<'getBusinessConnection'>,
  options?: CallOptions,
): Promise<Result<'getBusinessConnection'>> {
  return client.call('getBusinessConnection', params, options);
}
