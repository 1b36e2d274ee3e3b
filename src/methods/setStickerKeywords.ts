import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the search keywords of a sticker in a set the bot created (up to 20).
 *
 * @param client - the client to call through
 * @param params - `sticker`, and optionally `keywords`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setstickerkeywords
 */
export function setStickerKeywords(
  client: Client,
  params: Params<'setStickerKeywords'>,
  options?: CallOptions,
): Promise<Result<'setStickerKeywords'>> {
  return client.call('setStickerKeywords', params, options);
}
