import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Reopens the General topic of a forum supergroup, and unhides it if it was hidden. The bot
 * needs `can_manage_topics`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#reopengeneralforumtopic
 */
export function reopenGeneralForumTopic(
  client: Client,
  params: Params<'reopenGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'reopenGeneralForumTopic'>> {
  return client.call('reopenGeneralForumTopic', params, options);
}
