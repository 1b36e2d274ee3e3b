import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Reposts a story from one managed business account to another; the bot must manage both and have
 * posted the story (right `can_manage_stories` on both).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, `from_chat_id`, `from_story_id` and `active_period`,
 *   and optionally `post_to_chat_page` and `protect_content`
 * @param options - `signal`, `timeoutMs`
 * @returns the new `Story`
 * @see https://core.telegram.org/bots/api#repoststory
 */
export function repostStory(
  client: Client,
  params: Params<'repostStory'>,
  options?: CallOptions,
): Promise<Result<'repostStory'>> {
  return client.call('repostStory', params, options);
}
