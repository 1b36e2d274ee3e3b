import type { Transformer } from '../client/types.js';
import type { SharedStore } from '../store/types.js';
import type { ForumTopic, Update } from '../types/botApi.js';

/** A topic as the registry knows it. */
export interface KnownTopic {
  /** The chat: a forum supergroup, or a private chat with topics. */
  chat_id: number;
  /** The topic's id. */
  message_thread_id: number;
  /** The topic's name, as last learned. */
  name: string;
  /** The icon colour given at creation (unknown for a topic learned only from later events). */
  icon_color?: number;
  /** The custom emoji of the icon, when it has one. */
  icon_custom_emoji_id?: string;
  /** Whether the topic is closed. */
  is_closed: boolean;
  /** Whether the name was chosen by Telegram (private-chat topics, Bot API 9.3). */
  is_name_implicit?: boolean;
}

/** What the registry knows of a forum's General topic. */
export interface KnownGeneralTopic {
  /** The forum. */
  chat_id: number;
  /** The General topic's name, when it was renamed and the registry saw it. */
  name?: string;
  /** Whether General is closed (hiding it closes it too). */
  is_closed: boolean;
  /** Whether General is hidden. */
  is_hidden: boolean;
}

/** Options of {@link createTopicRegistry}. */
export interface TopicRegistryOptions {
  /** Where topics are kept. Default: a new `createMemoryStore()` (this process only). */
  store?: SharedStore | undefined;
  /**
   * Told when `observe` could not record what a call taught (the store failed). The call's own
   * result is never changed by that. Default: a `console.warn` line.
   */
  onError?: ((error: unknown) => void) | undefined;
}

/**
 * Remembers a bot's forum topics, because the Bot API can neither list a forum's topics nor
 * find one by name. Feed it updates with `learn`, and let it watch the bot's own calls with
 * `client.use(registry.observe)`: then it knows every topic created, renamed, closed, reopened
 * or deleted, by users and by any instance of the bot that shares its store.
 */
export interface TopicRegistry {
  /** The store the registry keeps its topics in. */
  readonly store: SharedStore;
  /**
   * Learns from one update: topic created, edited, closed or reopened; General renamed,
   * closed, reopened, hidden or unhidden; and any topic message, whose `reply_to_message`
   * carries the topic's creation (name and icon). Events that arrive out of order are put in
   * order by their message ids. Store errors reject, so a webhook answers 500 and Telegram
   * delivers the update again.
   * @param update - an update from `getUpdates`, `pollUpdates` or a webhook
   */
  learn(update: Update): Promise<void>;
  /**
   * A transformer for `client.use`: learns from the bot's own calls at once (topics it creates,
   * edits, closes, reopens or deletes, General changes; their service messages come later, a
   * deletion has none), from the updates
   * `getUpdates` returns (so a polling bot needs no `learn` calls), and marks a topic deleted
   * when Telegram answers that its thread is not found. Results and errors of the calls pass
   * through unchanged.
   */
  readonly observe: Transformer;
  /**
   * The topic with this id, if known and not deleted.
   * @param chat_id - the chat
   * @param message_thread_id - the topic's id
   */
  get(chat_id: number, message_thread_id: number): Promise<KnownTopic | undefined>;
  /**
   * The known, not deleted topics of a chat with exactly this name (names need not be
   * unique), oldest first.
   * @param chat_id - the chat
   * @param name - the name, compared exactly
   */
  findByName(chat_id: number, name: string): Promise<KnownTopic[]>;
  /**
   * The topic that `ensureTopic` keeps for this key, without creating one.
   * @param chat_id - the chat
   * @param key - the caller's key
   */
  findByKey(chat_id: number, key: string): Promise<KnownTopic | undefined>;
  /**
   * What is known of the chat's General topic; `undefined` before any General event.
   * @param chat_id - the forum
   */
  general(chat_id: number): Promise<KnownGeneralTopic | undefined>;
  /**
   * Records a topic the bot created (as `createForumTopic` returned it).
   * @param chat_id - the chat it was created in
   * @param topic - `createForumTopic`'s result
   */
  remember(chat_id: number, topic: ForumTopic): Promise<KnownTopic>;
  /**
   * Marks a topic deleted: lookups no longer return it and `ensureTopic` creates its key's
   * topic anew.
   * @param chat_id - the chat
   * @param message_thread_id - the topic's id
   */
  markDeleted(chat_id: number, message_thread_id: number): Promise<void>;
}
