import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the token of a bot that this bot manages.
 *
 * @param client - the client to call through
 * @param params - `user_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the token
 * @see https://core.telegram.org/bots/api#getmanagedbottoken
 */
export function getManagedBotToken(
  client: Client,
  params: Params<'getManagedBotToken'>,
  options?: CallOptions,
): Promise<Result<'getManagedBotToken'>> {
  return client.call('getManagedBotToken', params, options);
}
