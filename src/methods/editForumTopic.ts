import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';
import { checkTopicName } from './checks.js';

/**
 * Renames a topic or changes its icon, in a forum supergroup or in a private chat with a user.
 * An omitted or empty `name` keeps the current one; an empty `icon_custom_emoji_id` removes the
 * icon. Rejects with a `ValidationError`, sending nothing, when `name` is longer than 128
 * characters (Telegram would cut it silently), the topic is missing, or it is the General one
 * (use `editGeneralForumTopic` in a supergroup; private chats have none).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id` (or a string `chat_id` in the `"chat*thread"`
 *   form, or the result of `parseChatTarget`, spread in), and `name` and/or `icon_custom_emoji_id`
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
  checkPrivateChatTopic('editForumTopic', params);
  return client.call('editForumTopic', params as Params<'editForumTopic'>, options);
}
