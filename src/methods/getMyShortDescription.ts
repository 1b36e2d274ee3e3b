import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the bot's short description for a language.
 *
 * @param client - the client to call through
 * @param params - optionally `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns the `BotShortDescription`
 * @see https://core.telegram.org/bots/api#getmyshortdescription
 */
export function getMyShortDescription(
  client: Client,
  params?: Params<'getMyShortDescription'>,
  options?: CallOptions,
): Promise<Result<'getMyShortDescription'>> {
  return client.call('getMyShortDescription', params, options);
}
