import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns a sticker set by its name.
 *
 * @param client - the client to call through
 * @param params - `name`
 * @param options - `signal`, `timeoutMs`
 * @returns the `StickerSet`
 * @see https://core.telegram.org/bots/api#getstickerset
 */
export function getStickerSet(
  client: Client,
  params: Params<'getStickerSet'>,
  options?: CallOptions,
): Promise<Result<'getStickerSet'>> {
  return client.call('getStickerSet', params, options);
}
