import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Deletes a topic with all its messages. The bot needs `can_delete_messages` in a supergroup.
 * Rejects with a `ValidationError`, sending nothing, for the General topic, which cannot be
 * deleted (`hideGeneralForumTopic` hides it).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id`, or the `"chat*thread"` form of `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#deleteforumtopic
 */
export function deleteForumTopic(
  client: Client,
  params: TopicParams<'deleteForumTopic'>,
  options?: CallOptions,
): Promise<Result<'deleteForumTopic'>> {
  return client.call('deleteForumTopic', params as Params<'deleteForumTopic'>, options);
}
