import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Creates a sticker set owned by a user, which the bot can then edit.
 *
 * @param client - the client to call through
 * @param params - `user_id`, `name`, `title` and `stickers`, and optionally `sticker_type` and
 *   `needs_repainting`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#createnewstickerset
 */
export function createNewStickerSet(
  client: Client,
  params: Params<'createNewStickerSet'>,
  options?: CallOptions,
): Promise<Result<'createNewStickerSet'>> {
  return client.call('createNewStickerSet', params, options);
}
