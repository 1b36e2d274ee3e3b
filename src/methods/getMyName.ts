import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the bot's name for a language.
 *
 * @param client - the client to call through
 * @param params - optionally `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns the `BotName`
 * @see https://core.telegram.org/bots/api#getmyname
 */
export function getMyName(
  client: Client,
  params?: Params<'getMyName'>,
  options?: CallOptions,
): Promise<Result<'getMyName'>> {
  return client.call('getMyName', params, options);
}
