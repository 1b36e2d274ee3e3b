import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Unpins every pinned message of a topic. The bot needs `can_pin_messages` in a supergroup.
 * Rejects with a `ValidationError`, sending nothing, for the General topic (use
 * `unpinAllGeneralForumTopicMessages`).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id`, or the `"chat*thread"` form of `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#unpinallforumtopicmessages
 */
export function unpinAllForumTopicMessages(
  client: Client,
  params: TopicParams<'unpinAllForumTopicMessages'>,
  options?: CallOptions,
): Promise<Result<'unpinAllForumTopicMessages'>> {
  return client.call('unpinAllForumTopicMessages', params as Params<'unpinAllForumTopicMessages'>, options);
}
