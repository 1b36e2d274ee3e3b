import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Deletes the bot's command list for a scope and language; users then see the list of the next
 * broader scope.
 *
 * @param client - the client to call through
 * @param params - optionally `scope` and `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletemycommands
 */
export function deleteMyCommands(
  client: Client,
  params?: Params<'deleteMyCommands'>,
  options?: CallOptions,
): Promise<Result<'deleteMyCommands'>> {
  return client.call('deleteMyCommands', params, options);
}
