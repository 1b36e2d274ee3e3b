import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Hides the General topic of a forum supergroup, and closes it if it was open. The bot needs
 * `can_manage_topics`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#hidegeneralforumtopic
 */
export function hideGeneralForumTopic(
  client: Client,
  params: Params<'hideGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'hideGeneralForumTopic'>> {
  return client.call('hideGeneralForumTopic', params, options);
}
