import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Restricts or opens access to a bot that this bot manages.
 *
 * @param client - the client to call through
 * @param params - `user_id` and `is_access_restricted`, and optionally `added_user_ids`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setmanagedbotaccesssettings
 */
export function setManagedBotAccessSettings(
  client: Client,
  params: Params<'setManagedBotAccessSettings'>,
  options?: CallOptions,
): Promise<Result<'setManagedBotAccessSettings'>> {
  return client.call('setManagedBotAccessSettings', params, options);
}
