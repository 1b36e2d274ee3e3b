import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Renames a sticker set the bot created (1-64 characters).
 *
 * @param client - the client to call through
 * @param params - `name` and `title`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setstickersettitle
 */
export function setStickerSetTitle(
  client: Client,
  params: Params<'setStickerSetTitle'>,
  options?: CallOptions,
): Promise<Result<'setStickerSetTitle'>> {
  return client.call('setStickerSetTitle', params, options);
}
