import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the thumbnail of a custom emoji sticker set to one of its emoji, or removes it.
 *
 * @param client - the client to call through
 * @param params - `name`, and optionally `custom_emoji_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setcustomemojistickersetthumbnail
 */
export function setCustomEmojiStickerSetThumbnail(
  client: Client,
  params: Params<'setCustomEmojiStickerSetThumbnail'>,
  options?: CallOptions,
): Promise<Result<'setCustomEmojiStickerSetThumbnail'>> {
  return client.call('setCustomEmojiStickerSetThumbnail', params, options);
}
