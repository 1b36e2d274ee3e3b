import type { CallOptions, Client } from '../client/types.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Reopens the General topic of a forum supergroup, and unhides it if it was hidden. The bot
 * needs `can_manage_topics`. Rejects with a `ValidationError`, sending nothing, for a private
 * chat, which has no General topic.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#reopengeneralforumtopic
 */
export async function reopenGeneralForumTopic(
  client: Client,
  params: Params<'reopenGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'reopenGeneralForumTopic'>> {
  checkPrivateChatTopic('reopenGeneralForumTopic', params);
  return client.call('reopenGeneralForumTopic', params, options);
}
