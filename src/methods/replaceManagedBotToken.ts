import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Revokes the token of a bot that this bot manages and issues a new one.
 *
 * @param client - the client to call through
 * @param params - `user_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the new token
 * @see https://core.telegram.org/bots/api#replacemanagedbottoken
 */
export function replaceManagedBotToken(
  client: Client,
  params: Params<'replaceManagedBotToken'>,
  options?: CallOptions,
): Promise<Result<'replaceManagedBotToken'>> {
  return client.call('replaceManagedBotToken', params, options);
}
