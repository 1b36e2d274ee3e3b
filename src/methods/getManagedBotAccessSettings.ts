import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns who may use a bot that this bot manages.
 *
 * @param client - the client to call through
 * @param params - `user_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the `BotAccessSettings`
 * @see https://core.telegram.org/bots/api#getmanagedbotaccesssettings
 */
export function getManagedBotAccessSettings(
  client: Client,
  params: Params<'getManagedBotAccessSettings'>,
  options?: CallOptions,
): Promise<Result<'getManagedBotAccessSettings'>> {
  return client.call('getManagedBotAccessSettings', params, options);
}
