import type { Message } from '../types/botApi.js';

/** Where to answer a message: its chat, and its topic when it is in one. */
export interface ReplyTarget {
  /** The message's chat. */
  chat_id: number;
  /** The message's topic; absent for General and for chats without topics. */
  message_thread_id?: number;
}

/**
 * Returns the target that answers a message in place: its chat, plus `message_thread_id`
 * only when `message.is_topic_message` is true. Messages in General, and reply chains in
 * chats without topics, carry ids that Telegram would refuse as a thread.
 *
 * @example
 * ```ts
 * import { replyTarget, sendMessage, type Client, type Message } from 'telegram-forum';
 * async function echo(client: Client, message: Message) {
 *   await sendMessage(client, { ...replyTarget(message), text: message.text ?? '' });
 * }
 * ```
 * @param message - the message to answer
 * @returns `{ chat_id, message_thread_id? }`
 */
export function replyTarget(message: Pick<Message, 'chat' | 'message_thread_id' | 'is_topic_message'>): ReplyTarget {
  return message.is_topic_message === true && message.message_thread_id !== undefined
    ? { chat_id: message.chat.id, message_thread_id: message.message_thread_id }
    : { chat_id: message.chat.id };
}
