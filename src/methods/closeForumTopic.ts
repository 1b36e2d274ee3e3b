import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Closes a topic, like a resolved ticket: only admins can post in it until it is reopened. The
 * bot needs `can_manage_topics` unless it created the topic. Forum supergroups only: topics in
 * private chats cannot be closed. Rejects with a `ValidationError`, sending nothing, for a private
 * chat, a missing topic, or the General topic (use `closeGeneralForumTopic`).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id`; or a string `chat_id` in the `"chat*thread"`
 *   form, or the result of `parseChatTarget`, spread in
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#closeforumtopic
 */
export async function closeForumTopic(
  client: Client,
  params: TopicParams<'closeForumTopic'>,
  options?: CallOptions,
): Promise<Result<'closeForumTopic'>> {
  checkPrivateChatTopic('closeForumTopic', params);
  return client.call('closeForumTopic', params as Params<'closeForumTopic'>, options);
}
