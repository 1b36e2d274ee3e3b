import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes a sticker from a set the bot created.
 *
 * @param client - the client to call through
 * @param params - `sticker`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletestickerfromset
 */
export function deleteStickerFromSet(
  client: Client,
  params: Params<'deleteStickerFromSet'>,
  options?: CallOptions,
): Promise<Result<'deleteStickerFromSet'>> {
  return client.call('deleteStickerFromSet', params, options);
}
