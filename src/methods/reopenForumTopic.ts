import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Reopens a closed topic. The bot needs `can_manage_topics` unless it created the topic. Forum
 * supergroups only: topics in private chats cannot be closed or reopened. Rejects with a
 * `ValidationError`, sending nothing, for a private chat, a missing topic, or the General topic
 * (use `reopenGeneralForumTopic`).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id`; or a string `chat_id` in the `"chat*thread"`
 *   form, or the result of `parseChatTarget`, spread in
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#reopenforumtopic
 */
export async function reopenForumTopic(
  client: Client,
  params: TopicParams<'reopenForumTopic'>,
  options?: CallOptions,
): Promise<Result<'reopenForumTopic'>> {
  checkPrivateChatTopic('reopenForumTopic', params);
  return client.call('reopenForumTopic', params as Params<'reopenForumTopic'>, options);
}
