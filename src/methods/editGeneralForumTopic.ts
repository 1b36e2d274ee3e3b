import type { CallOptions, Client } from '../client/types.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';
import { checkTopicName } from './checks.js';

/**
 * Renames the General topic of a forum supergroup. The bot needs `can_manage_topics`. Rejects
 * with a `ValidationError`, sending nothing, when `name` is not 1-128 characters (Telegram
 * would cut it silently) or the chat is a private one, which has no General topic.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and the new `name`
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#editgeneralforumtopic
 */
export async function editGeneralForumTopic(
  client: Client,
  params: Params<'editGeneralForumTopic'>,
  options?: CallOptions,
): Promise<Result<'editGeneralForumTopic'>> {
  checkTopicName('editGeneralForumTopic', params?.name, 1);
  checkPrivateChatTopic('editGeneralForumTopic', params);
  return client.call('editGeneralForumTopic', params, options);
}
