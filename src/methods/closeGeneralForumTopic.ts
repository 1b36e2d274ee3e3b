import type { CallOptions, Client } from '../client/types.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Closes the General topic of a forum supergroup. The bot needs `can_manage_topics`. Rejects
 * with a `ValidationError`, sending nothing, for a private chat, which has no General topic.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#closegeneralforumtopic
 */
export async function closeGeneralForumTopic(
  client: Client,
  params: Params<'closeGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'closeGeneralForumTopic'>> {
  checkPrivateChatTopic('closeGeneralForumTopic', params);
  return client.call('closeGeneralForumTopic', params, options);
}
