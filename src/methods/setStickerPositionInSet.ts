import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Moves a sticker of a set the bot created to another position (from 0).
 *
 * @param client - the client to call through
 * @param params - `sticker` and `position`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setstickerpositioninset
 */
export function setStickerPositionInSet(
  client: Client,
  params: Params<'setStickerPositionInSet'>,
  options?: CallOptions,
): Promise<Result<'setStickerPositionInSet'>> {
  return client.call('setStickerPositionInSet', params, options);
}
