import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import { checkPrivateChatTopic } from '../topics/privateChats.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Deletes a topic with all its messages, in a forum supergroup (the bot needs
 * `can_delete_messages`) or in a private chat with a user. Rejects with a `ValidationError`,
 * sending nothing, for a missing topic or the General topic, which cannot be deleted
 * (`hideGeneralForumTopic` hides it in a supergroup; private chats have none).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_thread_id`; or a string `chat_id` in the `"chat*thread"`
 *   form, or the result of `parseChatTarget`, spread in
 * @param options - `signal`, `timeoutMs`
 * @returns `true`
 * @see https://core.telegram.org/bots/api#deleteforumtopic
 */
export async function deleteForumTopic(
  client: Client,
  params: TopicParams<'deleteForumTopic'>,
  options?: CallOptions,
): Promise<Result<'deleteForumTopic'>> {
  checkPrivateChatTopic('deleteForumTopic', params);
  return client.call('deleteForumTopic', params as Params<'deleteForumTopic'>, options);
}
