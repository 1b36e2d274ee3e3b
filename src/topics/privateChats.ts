import { ValidationError } from '../errors/errors.js';
import { GENERAL_TOPIC_ID } from './constants.js';
import { parseChatTarget } from './parseChatTarget.js';

// A user's id is positive; group, supergroup and channel ids are negative. "123*5" is a legacy
// target in a private chat.
const PRIVATE = /^[1-9]\d*(?:\*|$)/;

/**
 * Whether `chat_id` names a private chat (a positive id, as a number, a string or the chat part
 * of `"chat*thread"`).
 * @internal
 */
export const isPrivateChat = (chat: unknown): boolean =>
  typeof chat === 'number' ? chat > 0 : typeof chat === 'string' && PRIVATE.test(chat);

/**
 * The topic rules of private chats with a bot (Bot API 9.3/9.4), where they differ from forum
 * supergroups. Called by the topic methods before they send; does nothing for other chats.
 *
 * - **No General topic.** TDLib puts a forum supergroup's messages outside topics in topic 1
 *   (General), but gives a private chat's messages outside topics no topic at all
 *   (`MessageTopic::MessageTopic` in td/telegram/MessageTopic.cpp). So the General-topic methods
 *   have nothing to act on there, and thread 1 is no topic.
 * - **Topics cannot be closed or reopened.** `ForumTopicManager::toggle_forum_topic_is_closed` and
 *   `toggle_forum_topic_is_hidden` accept forum supergroups only (`is_forum` without
 *   `allow_bots`), which is what `closeForumTopic`, `reopenForumTopic` and the General methods
 *   call; editing, deleting and unpinning topics are allowed in private chats.
 *
 * @param method - the topic method being called, named in the error
 * @param params - its parameters, before the topic rules of the client split a legacy target
 * @internal
 */
export function checkPrivateChatTopic(method: string, params: object): void {
  const { chat_id: chat, message_thread_id: thread } = params as Record<string, unknown>;
  if (!isPrivateChat(chat)) return;
  if (/General|^(close|reopen)/.test(method)) {
    throw new ValidationError(
      method.includes('General')
        ? `${method} is for forum supergroups: private chats have no General topic`
        : `${method} is for forum supergroups: topics in private chats cannot be closed or reopened`,
      { method, field: 'chat_id' },
    );
  }
  const topic = thread ?? parseChatTarget(chat as number | string, method).message_thread_id;
  if (topic === GENERAL_TOPIC_ID) {
    throw new ValidationError('message_thread_id 1 names no topic: private chats have no General topic', {
      method,
      field: 'message_thread_id',
    });
  }
}
