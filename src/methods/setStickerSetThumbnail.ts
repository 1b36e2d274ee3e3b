import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets or removes the thumbnail of a regular or mask sticker set the bot created; its format must
 * match the set's stickers.
 *
 * @param client - the client to call through
 * @param params - `name`, `user_id` and `format`, and optionally `thumbnail`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setstickersetthumbnail
 */
export function setStickerSetThumbnail(
  client: Client,
  params: Params<'setStickerSetThumbnail'>,
  options?: CallOptions,
): Promise<Result<'setStickerSetThumbnail'>> {
  return client.call('setStickerSetThumbnail', params, options);
}
