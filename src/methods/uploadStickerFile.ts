import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Uploads a sticker file once, for `createNewStickerSet`, `addStickerToSet` or
 * `replaceStickerInSet` to use as often as needed.
 *
 * @param client - the client to call through
 * @param params - `user_id`, `sticker_format` and `sticker`
 * @param options - `signal`, `timeoutMs`
 * @returns the uploaded `File`
 * @see https://core.telegram.org/bots/api#uploadstickerfile
 */
export function uploadStickerFile(
  client: Client,
  params: Params<'uploadStickerFile'>,
  options?: CallOptions,
): Promise<Result<'uploadStickerFile'>> {
  return client.call('uploadStickerFile', params, options);
}
