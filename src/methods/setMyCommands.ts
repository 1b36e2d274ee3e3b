import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the bot's command list for a `scope` (all chats by default) and, optionally, a language.
 *
 * @param client - the client to call through
 * @param params - `commands`, and optionally `scope` and `language_code`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setmycommands
 */
export function setMyCommands(
  client: Client,
  params: Params<'setMyCommands'>,
  options?: CallOptions,
): Promise<Result<'setMyCommands'>> {
  return client.call('setMyCommands', params, options);
}
