import { isApiError } from '../errors/errors.js';
import type { SharedStore } from '../store/types.js';
import type { Message, Update } from '../types/botApi.js';
import * as records from './records.js';

/**
 * True when Telegram answered that a topic does not exist (any more): `message thread not found`
 * (the Bot API server's own text when its topic check fails, telegram-bot-api/Client.cpp,
 * `TdOnCheckForumTopicCallback` and `check_message_topic`), or `TOPIC_DELETED` /
 * `TOPIC_ID_INVALID`, which come from Telegram's servers (not in the Bot API server's source)
 * and are passed through as `Bad Request: <CODE>`.
 *
 * Note that Telegram also says `message thread not found` for the General topic's id (1) in a
 * forum; the registry never marks General deleted.
 * @param error - anything caught from a call
 * @returns whether it says the topic is gone
 */
export function isTopicGoneError(error: unknown): boolean {
  if (!isApiError(error) || error.error_code !== 400) return false;
  return /(?:message thread not found|TOPIC_DELETED|TOPIC_ID_INVALID)$/.test(error.description);
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const chatOf = (value: unknown): number | undefined => (Number.isSafeInteger(value) ? (value as number) : undefined);

/** Learns from one message: service messages of topics and General, and topic messages. */
export async function learnMessage(store: SharedStore, message: Message | undefined): Promise<void> {
  const chat = chatOf(message?.chat?.id);
  if (!message || chat === undefined) return;
  const at = message.message_id;
  const thread = message.is_topic_message && isId(message.message_thread_id) ? message.message_thread_id : undefined;
  const createdInfo = message.forum_topic_created;
  if (createdInfo) {
    // The creation message's id is the topic's id.
    await records.created(store, chat, message.message_thread_id ?? at, createdInfo);
  } else if (message.forum_topic_edited) {
    const { name, icon_custom_emoji_id } = message.forum_topic_edited;
    if (thread) await records.edited(store, chat, thread, { name, icon_custom_emoji_id }, at);
    else if (name !== undefined) await records.general(store, chat, 'name', at, name);
  } else if (message.forum_topic_closed || message.forum_topic_reopened) {
    const isClosed = message.forum_topic_closed !== undefined;
    if (thread) await records.closed(store, chat, thread, isClosed, at);
    else await records.general(store, chat, isClosed ? 'closed' : 'reopened', at);
  } else if (message.general_forum_topic_hidden) {
    await records.general(store, chat, 'hidden', at);
  } else if (message.general_forum_topic_unhidden) {
    await records.general(store, chat, 'unhidden', at);
  } else if (thread) {
    // In a topic, a message that replies to nothing else replies to the topic's creation.
    const origin = message.reply_to_message;
    if (origin?.forum_topic_created && origin.message_id === thread) {
      await records.created(store, chat, thread, origin.forum_topic_created, true);
    }
  }
}

/** Learns from every message an update carries. */
export async function learnUpdate(store: SharedStore, update: Update): Promise<void> {
  if (typeof update !== 'object' || update === null) return;
  await learnMessage(store, update.message);
  await learnMessage(store, update.edited_message);
  const query = update.callback_query?.message;
  // An inaccessible message (date 0) carries nothing to learn.
  if (query && query.date !== 0) await learnMessage(store, query as Message);
}

const looksLikeMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && 'message_id' in value && 'chat' in value;

const GENERAL_EVENTS = {
  editGeneralForumTopic: 'name',
  closeGeneralForumTopic: 'closed',
  reopenGeneralForumTopic: 'reopened',
  hideGeneralForumTopic: 'hidden',
  unhideGeneralForumTopic: 'unhidden',
} as const;

/** Learns from a call the bot made and its result. */
export async function learnCall(
  store: SharedStore,
  method: string,
  params: Record<string, unknown>,
  result: unknown,
): Promise<void> {
  if (method === 'getUpdates') {
    // A polling bot's updates: learned as they arrive, before the bot handles them.
    if (Array.isArray(result)) for (const update of result) await learnUpdate(store, update as Update);
    return;
  }
  const chat = chatOf(params.chat_id);
  const thread = isId(params.message_thread_id) ? params.message_thread_id : undefined;
  if (chat !== undefined) {
    if (method === 'createForumTopic' && typeof result === 'object' && result !== null) {
      const topic = result as { message_thread_id?: unknown; name?: unknown };
      if (isId(topic.message_thread_id) && typeof topic.name === 'string') {
        await records.created(store, chat, topic.message_thread_id, result as records.TopicInfo);
      }
      return;
    }
    if (thread !== undefined) {
      if (method === 'editForumTopic') {
        const name = typeof params.name === 'string' && params.name.trim() !== '' ? params.name.trim() : undefined;
        const icon = typeof params.icon_custom_emoji_id === 'string' ? params.icon_custom_emoji_id : undefined;
        return records.edited(store, chat, thread, { name, icon_custom_emoji_id: icon }, undefined);
      }
      if (method === 'closeForumTopic' || method === 'reopenForumTopic') {
        return records.closed(store, chat, thread, method === 'closeForumTopic', undefined);
      }
      if (method === 'deleteForumTopic') return records.deleted(store, chat, thread);
    }
    const event = GENERAL_EVENTS[method as keyof typeof GENERAL_EVENTS];
    if (event) {
      const name = typeof params.name === 'string' ? params.name.trim() : undefined;
      return records.general(store, chat, event, undefined, name);
    }
  }
  for (const item of Array.isArray(result) ? result : [result]) {
    if (looksLikeMessage(item)) await learnMessage(store, item);
  }
}

/** Learns from a call that failed: a topic gone, already closed or open, or closed. */
export async function learnError(
  store: SharedStore,
  method: string,
  params: Record<string, unknown>,
  error: unknown,
): Promise<void> {
  const chat = chatOf(params.chat_id);
  if (chat === undefined || !isApiError(error)) return;
  const thread = isId(params.message_thread_id) ? params.message_thread_id : undefined;
  const description = error.description;
  if (thread !== undefined && thread !== 1 && method !== 'createForumTopic' && isTopicGoneError(error)) {
    return records.deleted(store, chat, thread);
  }
  if (description.endsWith('TOPIC_NOT_MODIFIED')) {
    // Closing a closed topic or reopening an open one: now we know its state.
    if (thread !== undefined && (method === 'closeForumTopic' || method === 'reopenForumTopic')) {
      return records.closed(store, chat, thread, method === 'closeForumTopic', undefined);
    }
    const event = GENERAL_EVENTS[method as keyof typeof GENERAL_EVENTS];
    if (event && event !== 'name') return records.general(store, chat, event, undefined);
  } else if (description.endsWith('TOPIC_CLOSED')) {
    if (thread !== undefined && thread !== 1) return records.closed(store, chat, thread, true, undefined);
    return records.general(store, chat, 'closed', undefined);
  }
}
