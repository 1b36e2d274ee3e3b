import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the administrator rights the bot suggests when it is added to groups (or to channels, with
 * `for_channels`); users may change them before adding it.
 *
 * @param client - the client to call through
 * @param params - optionally `rights` and `for_channels`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setmydefaultadministratorrights
 */
export function setMyDefaultAdministratorRights(
  client: Client,
  params?: Params<'setMyDefaultAdministratorRights'>,
  options?: CallOptions,
): Promise<Result<'setMyDefaultAdministratorRights'>> {
  return client.call('setMyDefaultAdministratorRights', params, options);
}
