import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the description shown in an empty chat with the bot, for all users or for one language.
 *
 * @param client - the client to call through
 * @param params - optionally `description` (empty removes the one for the language) and
 *   `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setmydescription
 */
export function setMyDescription(
  client: Client,
  params?: Params<'setMyDescription'>,
  options?: CallOptions,
): Promise<Result<'setMyDescription'>> {
  return client.call('setMyDescription', params, options);
}
