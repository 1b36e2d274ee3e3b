import type { CallOptions, Client } from '../client/types.js';
import type { Result } from '../types/methods.js';

/**
 * Lists the custom emoji stickers any bot may use as a topic icon. Pass a sticker's
 * `custom_emoji_id` (a string: the ids exceed 2^53) as `icon_custom_emoji_id` of
 * `createForumTopic` or `editForumTopic`.
 *
 * @param client - the client to call through
 * @param options - `signal`, `timeoutMs`
 * @returns the icon stickers
 * @see https://core.telegram.org/bots/api#getforumtopiciconstickers
 */
export function getForumTopicIconStickers(
  client: Client,
  options?: CallOptions,
): Promise<Result<'getForumTopicIconStickers'>> {
  return client.call('getForumTopicIconStickers', {}, options);
}
