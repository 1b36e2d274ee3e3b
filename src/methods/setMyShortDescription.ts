import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the short description shown on the bot's profile and in shared links, for all users or
 * for one language.
 *
 * @param client - the client to call through
 * @param params - optionally `short_description` (empty removes the one for the language) and
 *   `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setmyshortdescription
 */
export function setMyShortDescription(
  client: Client,
  params?: Params<'setMyShortDescription'>,
  options?: CallOptions,
): Promise<Result<'setMyShortDescription'>> {
  return client.call('setMyShortDescription', params, options);
}
