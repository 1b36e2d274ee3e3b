import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Reopens a closed topic. The bot needs `can_manage_topics` unless it created the topic. Rejects
 * with a `ValidationError`, sending nothing, for the General topic (use `reopenGeneralForumTopic`).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id`, or the `"chat*thread"` form of `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#reopenforumtopic
 */
export function reopenForumTopic(
  client: Client,
  params: TopicParams<'reopenForumTopic'>,
  options?: CallOptions,
): Promise<Result<'reopenForumTopic'>> {
  return client.call('reopenForumTopic', params as Params<'reopenForumTopic'>, options);
}
