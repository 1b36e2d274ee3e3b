import type { ForumTopicCreated } from '../../types/botApi.js';
import { storeMessage } from './messages.js';
import type { ChatState, Stored, Topic, UserJson, World } from './types.js';

/** The six topic icon colours Telegram allows (RGB); the first is the default. @internal */
export const ICON_COLORS: readonly number[] = [7322096, 16766590, 13338331, 9367192, 16749490, 16478047];

/**
 * Creates a topic: its `forum_topic_created` service message (whose id is the topic's id) and
 * the topic itself. Returns the service message; the caller decides who is told.
 * @internal
 */
export function addTopic(
  world: World,
  chat: ChatState,
  creator: UserJson,
  name: string,
  icon_color: number,
  icon_custom_emoji_id: string | undefined,
): { topic: Topic; stored: Stored; created: ForumTopicCreated } {
  const created: ForumTopicCreated = { name, icon_color };
  if (icon_custom_emoji_id !== undefined) created.icon_custom_emoji_id = icon_custom_emoji_id;
  // Thread 1 means "no topic" (Client.cpp get_forum_topic_id): a private chat's first topic is 2.
  if (chat.nextId === 1) chat.nextId = 2;
  // Frozen: every message of the topic replies to this one, and its JSON text is built once.
  Object.freeze(created);
  const stored = storeMessage(world, chat, chat.nextId, creator, { forum_topic_created: created }, { service: true });
  const id = stored.msg.message_id;
  const topic: Topic = { id, name, icon_color, icon_custom_emoji_id, closed: false, creatorId: creator.id };
  chat.topics.set(id, topic);
  return { topic, stored, created };
}

/** Whether a thread of a forum is closed (1 is General). @internal */
export function isClosed(chat: ChatState, thread: number): boolean {
  return thread === 1 ? chat.general.closed : (chat.topics.get(thread)?.closed ?? false);
}
