import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Closes a topic, like a resolved ticket: only admins can post in it until it is reopened. The bot
 * needs `can_manage_topics` unless it created the topic. Rejects with a `ValidationError`, sending
 * nothing, for the General topic (use `closeGeneralForumTopic`).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id`, or the `"chat*thread"` form of `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#closeforumtopic
 */
export function closeForumTopic(
  client: Client,
  params: TopicParams<'closeForumTopic'>,
  options?: CallOptions,
): Promise<Result<'closeForumTopic'>> {
  return client.call('closeForumTopic', params as Params<'closeForumTopic'>, options);
}
