import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the group sticker set of a supergroup; `can_set_sticker_set` from `getChat` tells whether
 * the bot may.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `sticker_set_name`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setchatstickerset
 */
export function setChatStickerSet(
  client: Client,
  params: Params<'setChatStickerSet'>,
  options?: CallOptions,
): Promise<Result<'setChatStickerSet'>> {
  return client.call('setChatStickerSet', params, options);
}
