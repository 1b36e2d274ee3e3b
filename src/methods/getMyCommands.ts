import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the bot's command list for a scope and language (empty when none is set).
 *
 * @param client - the client to call through
 * @param params - optionally `scope` and `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns the commands
 * @see https://core.telegram.org/bots/api#getmycommands
 */
export function getMyCommands(
  client: Client,
  params?: Params<'getMyCommands'>,
  options?: CallOptions,
): Promise<Result<'getMyCommands'>> {
  return client.call('getMyCommands', params, options);
}
