import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Closes the General topic of a forum supergroup. The bot needs `can_manage_topics`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#closegeneralforumtopic
 */
export function closeGeneralForumTopic(
  client: Client,
  params: Params<'closeGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'closeGeneralForumTopic'>> {
  return client.call('closeGeneralForumTopic', params, options);
}
