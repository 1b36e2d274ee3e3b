import { invalid } from '../errors/errors.js';
import { GENERAL_TOPIC_ID, generalVariant, isThreadedMethod } from './constants.js';
import { parseChatTarget } from './parseChatTarget.js';

/**
 * The topic rules, applied to every call in one place (the client), driven by the method
 * map's list of methods that have `message_thread_id`:
 * - the legacy `"chat*thread"` form is split into `chat_id` and `message_thread_id`, and
 *   refused on methods without threads or when it disagrees with an explicit thread;
 * - a thread id must be a positive safe integer;
 * - `direct_messages_topic_id` (a channel's direct-messages chat, Bot API 9.2) comes without
 *   `message_thread_id`, given by id or in the legacy form: the server reads one of the two by
 *   the kind of chat and ignores the other (`Client::check_message_topic` in telegram-bot-api),
 *   so a call with both is refused rather than sent with one of them lost;
 * - send methods drop the General topic's id (a forum refuses it; a private chat has no topic 1,
 *   its messages outside topics have none: `MessageTopic::MessageTopic` in TDLib), and
 *   topic-management methods refuse it and name the General variant (private chats: see
 *   `checkPrivateChatTopic`, which the topic methods call).
 * The caller's object is never changed.
 * @internal
 */
export function applyTopicRules(method: string, params: Record<string, unknown>): Record<string, unknown> {
  const chat = params.chat_id;
  const threaded = isThreadedMethod(method);
  let thread = params.message_thread_id;
  // A string chat is parsed strictly: an empty one is refused, "chat*thread" split.
  const target: { message_thread_id?: number } = typeof chat === 'string' ? parseChatTarget(chat, method) : {};
  if (target.message_thread_id !== undefined) {
    if (!threaded) {
      throw invalid('chat_id', `"chat*thread" needs a method with message_thread_id; ${method} has none`, method);
    }
    if (thread !== undefined && thread !== target.message_thread_id) {
      throw invalid('message_thread_id', `${String(thread)} disagrees with the topic in chat_id "${chat}"`, method);
    }
    thread = target.message_thread_id;
    params = { ...params, ...target };
  }
  if (!threaded) return params;
  const general = generalVariant(method);
  if (thread === undefined) {
    if (!general) return params;
    // Topic-management methods require a topic; the General one has methods of its own.
    throw invalid('message_thread_id', `is required; for the General topic use ${general}`, method);
  }
  // A channel's direct-messages chat reads direct_messages_topic_id, any other chat
  // message_thread_id, and the server ignores the other one (Client::check_message_topic):
  // with both, one would be lost.
  if (params.direct_messages_topic_id !== undefined) {
    throw invalid('direct_messages_topic_id', 'excludes message_thread_id', method);
  }
  const positive = typeof thread === 'number' && thread > 0 && Number.isSafeInteger(thread);
  if (positive && thread !== GENERAL_TOPIC_ID) return params;
  if (!positive || general) {
    throw invalid(
      'message_thread_id',
      positive ? `1 is the General topic; use ${general}` : `must be a positive integer, got ${String(thread)}`,
      method,
    );
  }
  // Telegram answers "message thread not found" for thread 1: omit it to post in General.
  const { message_thread_id: _, ...rest } = params;
  return rest;
}
