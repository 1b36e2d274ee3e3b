import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the bot's name, for all users or for one language.
 *
 * @param client - the client to call through
 * @param params - optionally `name` (empty removes the one for the language) and `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setmyname
 */
export function setMyName(
  client: Client,
  params?: Params<'setMyName'>,
  options?: CallOptions,
): Promise<Result<'setMyName'>> {
  return client.call('setMyName', params, options);
}
