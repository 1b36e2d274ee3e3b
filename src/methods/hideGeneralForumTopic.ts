import type { CallOptions, Client } from '../client/types.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Hides the General topic of a forum supergroup, and closes it if it was open. The bot needs
 * `can_manage_topics`. Rejects with a `ValidationError`, sending nothing, for a private chat,
 * which has no General topic.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#hidegeneralforumtopic
 */
export async function hideGeneralForumTopic(
  client: Client,
  params: Params<'hideGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'hideGeneralForumTopic'>> {
  checkPrivateChatTopic('hideGeneralForumTopic', params);
  return client.call('hideGeneralForumTopic', params, options);
}
