import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import type { Params, Result } from '../types/methods.js';
import { checkTopicName } from './checks.js';

/**
 * Renames a topic or changes its icon. An omitted or empty `name` keeps the current one; an
 * empty `icon_custom_emoji_id` removes the icon. Rejects with a `ValidationError`, sending
 * nothing, when `name` is longer than 128 characters (Telegram would cut it silently) or the
 * topic is the General one (use `editGeneralForumTopic`).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id` (or the `"chat*thread"` form), and `name`
 *   and/or `icon_custom_emoji_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#editforumtopic
 */
export async function editForumTopic(
  client: Client,
  params: TopicParams<'editForumTopic'>,
  options?: CallOptions,
): Promise<Result<'editForumTopic'>> {
  if (params?.name !== undefined) checkTopicName('editForumTopic', params.name, 0);
  return client.call('editForumTopic', params as Params<'editForumTopic'>, options);
}
