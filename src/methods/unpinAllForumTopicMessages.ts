import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Unpins every pinned message of a topic, in a forum supergroup (the bot needs
 * `can_pin_messages`) or in a private chat with a user. Rejects with a `ValidationError`, sending
 * nothing, for a missing topic or the General topic (use `unpinAllGeneralForumTopicMessages` in a
 * supergroup; private chats have none).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id`; or a string `chat_id` in the `"chat*thread"`
 *   form, or the result of `parseChatTarget`, spread in
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#unpinallforumtopicmessages
 */
export async function unpinAllForumTopicMessages(
  client: Client,
  params: TopicParams<'unpinAllForumTopicMessages'>,
  options?: CallOptions,
): Promise<Result<'unpinAllForumTopicMessages'>> {
  checkPrivateChatTopic('unpinAllForumTopicMessages', params);
  return client.call('unpinAllForumTopicMessages', params as Params<'unpinAllForumTopicMessages'>, options);
}
