import type { CallOptions, Client } from '../client/types.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Unpins every pinned message of the General topic of a forum supergroup. The bot needs
 * `can_pin_messages`. Rejects with a `ValidationError`, sending nothing, for a private chat, which
 * has no General topic.
 *
 * @param client - the client to call through
 * @param params - `chat_id` of the forum supergroup
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#unpinallgeneralforumtopicmessages
 */
export async function unpinAllGeneralForumTopicMessages(
  client: Client,
  params: Params<'unpinAllGeneralForumTopicMessages'>,
  options?: CallOptions,
): Promise<Result<'unpinAllGeneralForumTopicMessages'>> {
  checkPrivateChatTopic('unpinAllGeneralForumTopicMessages', params);
  return client.call('unpinAllGeneralForumTopicMessages', params, options);
}
