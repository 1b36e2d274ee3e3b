import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkIconColor, checkTopicName } from './checks.js';

/**
 * Creates a topic in a forum supergroup, where the bot needs `can_manage_topics`, or in a private
 * chat with a user (Bot API 9.4), where the bot needs topics turned on in `@BotFather`
 * (`has_topics_enabled` of `getMe`). Rejects with a `ValidationError`, sending nothing,
 * when `name` is not 1-128 characters (Telegram would cut it silently) or `icon_color` is not
 * one of {@link ForumTopicIconColor}.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `name`, and optionally `icon_color` and `icon_custom_emoji_id`
 *   (a `custom_emoji_id` from `getForumTopicIconStickers`)
 * @param options - `signal`, `timeoutMs`
 * @returns the new `ForumTopic`; its `message_thread_id` is the topic to post into
 * @see https://core.telegram.org/bots/api#createforumtopic
 */
export async function createForumTopic(
  client: Client,
  params: Params<'createForumTopic'>,
  options?: CallOptions,
): Promise<Result<'createForumTopic'>> {
  checkTopicName('createForumTopic', params?.name, 1);
  checkIconColor('createForumTopic', params?.icon_color);
  return client.call('createForumTopic', params, options);
}
