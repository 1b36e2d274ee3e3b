import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the bot's description for a language.
 *
 * @param client - the client to call through
 * @param params - optionally `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns the `BotDescription`
 * @see https://core.telegram.org/bots/api#getmydescription
 */
export function getMyDescription(
  client: Client,
  params?: Params<'getMyDescription'>,
  options?: CallOptions,
): Promise<Result<'getMyDescription'>> {
  return client.call('getMyDescription', params, options);
}
