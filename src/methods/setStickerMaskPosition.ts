import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes where a mask sticker of a set the bot created sits on a face.
 *
 * @param client - the client to call through
 * @param params - `sticker`, and optionally `mask_position`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setstickermaskposition
 */
export function setStickerMaskPosition(
  client: Client,
  params: Params<'setStickerMaskPosition'>,
  options?: CallOptions,
): Promise<Result<'setStickerMaskPosition'>> {
  return client.call('setStickerMaskPosition', params, options);
}
