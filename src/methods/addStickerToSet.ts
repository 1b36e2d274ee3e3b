import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Adds a sticker to a set the bot created (emoji sets hold up to 200 stickers, others up to 120).
 *
 * @param client - the client to call through
 * @param params - `user_id`, `name` and `sticker`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#addstickertoset
 */
export function addStickerToSet(
  client: Client,
  params: Params<'addStickerToSet'>,
  options?: CallOptions,
): Promise<Result<'addStickerToSet'>> {
  return client.call('addStickerToSet', params, options);
}
