import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the administrator rights the bot suggests for groups, or for channels with
 * `for_channels`.
 *
 * @param client - the client to call through
 * @param params - optionally `for_channels`
 * @param options - `signal`, `timeoutMs`
 * @returns the `ChatAdministratorRights`
 * @see https://core.telegram.org/bots/api#getmydefaultadministratorrights
 */
export function getMyDefaultAdministratorRights(
  client: Client,
  params?: Params<'getMyDefaultAdministratorRights'>,
  options?: CallOptions,
): Promise<Result<'getMyDefaultAdministratorRights'>> {
  return client.call('getMyDefaultAdministratorRights', params, options);
}
