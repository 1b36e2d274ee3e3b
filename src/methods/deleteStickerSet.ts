import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Deletes a sticker set the bot created.
 *
 * @param client - the client to call through
 * @param params - `name`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletestickerset
 */
export function deleteStickerSet(
  client: Client,
  params: Params<'deleteStickerSet'>,
  options?: CallOptions,
): Promise<Result<'deleteStickerSet'>> {
  return client.call('deleteStickerSet', params, options);
}
