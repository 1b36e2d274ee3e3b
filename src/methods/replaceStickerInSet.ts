import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Replaces a sticker of a set the bot created, in place: like deleting it, adding the new one and
 * moving it to the old position.
 *
 * @param client - the client to call through
 * @param params - `user_id`, `name`, `old_sticker` and `sticker`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#replacestickerinset
 */
export function replaceStickerInSet(
  client: Client,
  params: Params<'replaceStickerInSet'>,
  options?: CallOptions,
): Promise<Result<'replaceStickerInSet'>> {
  return client.call('replaceStickerInSet', params, options);
}
