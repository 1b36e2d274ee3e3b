import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Tells a user which Telegram Passport elements they sent have errors; they cannot submit again
 * until those are fixed.
 *
 * @param client - the client to call through
 * @param params - `user_id` and `errors`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setpassportdataerrors
 */
export function setPassportDataErrors(
  client: Client,
  params: Params<'setPassportDataErrors'>,
  options?: CallOptions,
): Promise<Result<'setPassportDataErrors'>> {
  return client.call('setPassportDataErrors', params, options);
}
