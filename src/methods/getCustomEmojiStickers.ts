import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the stickers of custom emoji, by their ids (strings, up to 200).
 *
 * @param client - the client to call through
 * @param params - `custom_emoji_ids`
 * @param options - `signal`, `timeoutMs`
 * @returns the stickers
 * @see https://core.telegram.org/bots/api#getcustomemojistickers
 */
export function getCustomEmojiStickers(
  client: Client,
  params: Params<'getCustomEmojiStickers'>,
  options?: CallOptions,
): Promise<Result<'getCustomEmojiStickers'>> {
  return client.call('getCustomEmojiStickers', params, options);
}
