import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lists the gifts a chat owns, with filters and paging.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, and any other Bot API parameter of getChatGifts
 * @param options - `signal`, `timeoutMs`
 * @returns the `OwnedGifts`
 * @see https://core.telegram.org/bots/api#getchatgifts
 */
export function getChatGifts(
  client: Client,
  params: Params<'getChatGifts'>,
  options?: CallOptions,
): Promise<Result<'getChatGifts'>> {
  return client.call('getChatGifts', params, options);
}
