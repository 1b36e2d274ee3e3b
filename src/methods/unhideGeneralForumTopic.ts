import type { CallOptions, Client } from '../client/types.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Shows the hidden General topic of a forum supergroup again. The bot needs `can_manage_topics`.
 * Rejects with a `ValidationError`, sending nothing, for a private chat, which has no General
 * topic.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#unhidegeneralforumtopic
 */
export async function unhideGeneralForumTopic(
  client: Client,
  params: Params<'unhideGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'unhideGeneralForumTopic'>> {
  checkPrivateChatTopic('unhideGeneralForumTopic', params);
  return client.call('unhideGeneralForumTopic', params, options);
}
