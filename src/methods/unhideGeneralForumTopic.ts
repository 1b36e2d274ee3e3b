import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Shows the hidden General topic of a forum supergroup again. The bot needs `can_manage_topics`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#unhidegeneralforumtopic
 */
export function unhideGeneralForumTopic(
  client: Client,
  params: Params<'unhideGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'unhideGeneralForumTopic'>> {
  return client.call('unhideGeneralForumTopic', params, options);
}
