import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lists the administrators of a chat, the owner included; other bots are listed only with
 * `return_bots`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, and optionally `return_bots`
 * @param options - `signal`, `timeoutMs`
 * @returns the owner and administrators as `ChatMember` objects
 * @see https://core.telegram.org/bots/api#getchatadministrators
 */
export function getChatAdministrators(
  client: Client,
  params: Params<'getChatAdministrators'>,
  options?: CallOptions,
): Promise<Result<'getChatAdministrators'>> {
  return client.call('getChatAdministrators', params, options);
}
