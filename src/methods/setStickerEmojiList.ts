import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the emoji of a sticker in a set the bot created (1-20).
 *
 * @param client - the client to call through
 * @param params - `sticker` and `emoji_list`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setstickeremojilist
 */
export function setStickerEmojiList(
  client: Client,
  params: Params<'setStickerEmojiList'>,
  options?: CallOptions,
): Promise<Result<'setStickerEmojiList'>> {
  return client.call('setStickerEmojiList', params, options);
}
