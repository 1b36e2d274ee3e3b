import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes the group sticker set of a supergroup.
 *
 * @param client - the client to call through
 * @param params - `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletechatstickerset
 */
export function deleteChatStickerSet(
  client: Client,
  params: Params<'deleteChatStickerSet'>,
  options?: CallOptions,
): Promise<Result<'deleteChatStickerSet'>> {
  return client.call('deleteChatStickerSet', params, options);
}
