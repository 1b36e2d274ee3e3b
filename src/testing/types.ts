import type { Client, ClientOptions } from '../client/types.js';
import type { Chat, ForumTopic, Message, ReplyKeyboardMarkup, Update, User } from '../types/botApi.js';
import type { FloodOptions } from './flood.js';
import type { OtherSide } from './otherSide.js';
import type { BotRef, ChatRef, MessageRef, SendTarget, ThreadRef, UserRef } from './refs.js';
import type { AdminRights } from './state/types.js';

export type { FloodOptions, FloodRule } from './flood.js';
export type {
  InlineAnswer,
  InlineQueryOptions,
  JoinOptions,
  JoinRequestOptions,
  MessageDraft,
  MessageReactions,
  OtherSide,
  TopicChanges,
  UserFile,
  UserMedia,
} from './otherSide.js';
export type { BotRef, ChatRef, MessageRef, SendTarget, ThreadRef, UserRef } from './refs.js';
export type { AdminRights } from './state/types.js';

/** The fetch the emulator uses to deliver webhooks; `globalThis.fetch` fits. */
export type WebhookFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{
  /** The HTTP status of the webhook's answer. */
  status: number;
  /** Its reason phrase, if known. */
  statusText?: string;
  /**
   * Its headers: the `content-type` decides whether a method call in the body is read (JSON, a
   * form or multipart, as Telegram does). An answer without `headers` is read as JSON.
   */
  headers?: {
    /** A header's value by name (any case); `null` when absent. */
    get(name: string): string | null;
  };
  /** Reads its body. */
  text(): Promise<string>;
}>;

/** A bot to create in the emulator. */
export interface BotOptions {
  /** The token; default a fresh `"<id>:AA…"` token. Its digits before `:` become the bot id. */
  token?: string;
  /** Default `emulator_bot` (`emulator_bot2`, … for later bots). */
  username?: string;
  /** Default `Emulator Bot`. */
  first_name?: string;
  /** Topics in private chats (Bot API 9.3 "threaded mode"); default false. */
  has_topics_enabled?: boolean;
  /**
   * Privacy mode off: see every group message even as a plain member. Default false, as on
   * Telegram; administrators see every message either way.
   */
  can_read_all_group_messages?: boolean;
  /**
   * Users may create topics in their private chat with the bot (set in `@BotFather` on Telegram);
   * needs `has_topics_enabled`. Default false. `getMe` reports it.
   */
  allows_users_to_create_topics?: boolean;
  /** Inline mode on (set in `@BotFather` on Telegram): users can send it inline queries. Default false. `getMe` reports it. */
  supports_inline_queries?: boolean;
}

/** A bot living in the emulator. */
export interface EmulatedBot {
  /** Its token (pass it to `createClient` or to {@link Emulator.client}). */
  readonly token: string;
  /** Its user id. */
  readonly id: number;
  /** Its username. */
  readonly username: string;
  /** Its `User` object, as messages carry it in `from`. */
  readonly user: User;
}

/** Options of `createEmulator`. */
export interface EmulatorOptions {
  /** The first bot (also {@link Emulator.bot}); created with defaults when omitted. */
  bot?: BotOptions;
  /** Clock in milliseconds, for message dates, callback query expiry and flood windows. Default `Date.now`. */
  now?: () => number;
  /** Fetch used to deliver webhooks. Default `globalThis.fetch`. */
  webhookFetch?: WebhookFetch;
  /** Delay before a failed webhook delivery is tried again, in ms. Default 1,000. */
  webhookRetryMs?: number;
  /**
   * Check webhook URLs like api.telegram.org (HTTPS, ports 443, 80, 88, 8443). Default false:
   * like a local Bot API server, any http(s) URL is accepted.
   */
  strictWebhooks?: boolean;
  /** Flood limits: `true` for Telegram's documented rates, or custom rules. Default off. */
  flood?: boolean | FloodOptions;
  /** How long a callback query can be answered, in ms. Default 15,000. */
  callbackQueryTtlMs?: number;
  /** The root `emulator.apiRoot` reports (any host works with `emulator.fetch`). Default `http://emulator.test`. */
  apiRoot?: string;
}

/** A forum supergroup (or plain supergroup) to create. */
export interface ForumOptions {
  /** Default `Forum N`. */
  title?: string;
  /** Public username, without `@`. */
  username?: string;
  /** Topics on; default true. `false` makes a plain supergroup. */
  is_forum?: boolean;
  /** The owner (status `creator`); none when omitted. */
  owner?: UserRef;
  /** Other members. */
  members?: readonly UserRef[];
  /** The bot to add; default the emulator's first bot. `false` adds no bot. */
  bot?: BotRef | false;
  /**
   * The bot's rights as an administrator; default all rights. `'member'` makes it a plain member.
   * Unknown right names and values other than booleans are refused with a `TypeError`.
   */
  rights?: Partial<AdminRights> | 'member';
}

/** A user to create. */
export interface UserOptions {
  /** Default `User N`. */
  first_name?: string;
  /** Optional last name. */
  last_name?: string;
  /** Optional username, without `@`. */
  username?: string;
  /** IETF language tag, e.g. `en`. */
  language_code?: string;
  /** Default the next free id. */
  id?: number;
}

/** A topic as the emulator holds it (the General topic included). */
export interface EmulatedTopic extends ForumTopic {
  /** True for the General topic (`message_thread_id` 1). */
  is_general: boolean;
  /** True while the topic is closed. */
  is_closed: boolean;
  /** Only the General topic can be hidden. */
  is_hidden: boolean;
}

/** What a bot answered to a callback query. */
export interface CallbackAnswer {
  /** The notification text. */
  text?: string;
  /** Shown as an alert instead of a notification. */
  show_alert?: boolean;
  /** A URL to open. */
  url?: string;
}

/**
 * The in-memory Bot API. Create it with `createEmulator`.
 *
 * The helpers that drive the other side (users, chats, rights) check their arguments: where an
 * id is expected they also take the object ({@link ChatRef}, {@link UserRef},
 * {@link MessageRef}, {@link ThreadRef}, {@link BotRef}) or the id as a numeric string; anything
 * else is a `TypeError` naming the helper and the argument, and a chat, user or message that
 * does not exist is an `Error` saying so.
 */
export interface Emulator extends OtherSide {
  /**
   * Serves one Bot API request, without sockets: `/bot<token>/<method>` (any encoding) and
   * `/file/bot<token>/<path>`. It is also a fetch: pass it as `fetch` to any client.
   */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** The root to pair with {@link Emulator.fetch} (`http://emulator.test` by default). */
  readonly apiRoot: string;
  /** Starts a `node:http` server on 127.0.0.1 and a random port. */
  listen(options?: { port?: number }): Promise<{
    /** The server's root, e.g. `http://127.0.0.1:41234`: pass it as `apiRoot`. */
    url: string;
    /** Stops this server: answers the long polls it is serving with an empty result first. */
    close(): Promise<void>;
  }>;
  /**
   * Ends pending long polls (each answers `{"ok":true,"result":[]}`, over `listen()` too) and
   * webhook retries, then closes servers started by `listen`.
   */
  close(): Promise<void>;
  /** A client of this emulator (our own `createClient`, served by `emulator.fetch`). */
  client(options?: Partial<ClientOptions>): Client;
  /** The first bot. */
  readonly bot: EmulatedBot;
  /** The methods the emulator implements (Bot API names). */
  readonly methods: readonly string[];
  /** Adds a bot. Its `user` is frozen (messages share it). */
  createBot(options?: BotOptions): EmulatedBot;
  /** Adds a user. The object is frozen: messages share it. */
  createUser(options?: UserOptions): User;
  /**
   * Adds a forum supergroup with the bot as administrator (see {@link ForumOptions}). The chat
   * object is frozen: messages share it, and a change of the chat gives a new one.
   */
  createForum(options?: ForumOptions): Chat.SupergroupChat;
  /**
   * Changes a bot's rights in a chat (`'member'` to demote, `'left'` to remove). The bot gets a
   * `my_chat_member` update from the chat's owner (or from itself when the chat has none), and
   * administrator bots that asked for `chat_member` get one; nothing when nothing changed. The
   * state a forum is created with (see {@link ForumOptions}) sends no update.
   */
  setRights(chat: ChatRef, rights: Partial<AdminRights> | 'member' | 'left', bot?: BotRef): void;
  /**
   * Adds a user to a group chat (status `member` unless given). Administrator bots that asked
   * for `chat_member` updates (it is off by default, as on Telegram) get one.
   */
  addMember(chat: ChatRef, user: UserRef, status?: 'member' | 'administrator'): void;
  /** A user sends a text message; the bots in that chat get a `message` update. */
  userSends(user: UserRef, text: string, target?: SendTarget): Message;
  /** A user edits the text of one of their messages; the bots get an `edited_message` update. */
  userEdits(user: UserRef, message: MessageRef, text: string): Message;
  /**
   * A user presses an inline button of a message (by `callback_data` or by button text);
   * the bot that sent the message gets a `callback_query` update. Returns the query id.
   */
  userPresses(user: UserRef, message: MessageRef, button: string): string;
  /** What the bot answered to a callback query (undefined while unanswered). */
  callbackAnswer(queryId: string | number): CallbackAnswer | undefined;
  /** The topics of a forum, General first. */
  topics(chat: ChatRef): EmulatedTopic[];
  /**
   * Messages of a chat (service messages included), oldest first; `thread` 1 selects General.
   * For a private chat pass the user (and `bot` for another bot than the first).
   */
  messages(chat: ChatRef, thread?: ThreadRef, bot?: BotRef): Message[];
  /**
   * The reply keyboard the bot last showed in a chat, as Telegram keeps it (string buttons as
   * `{ text }`, only the flags that are true); `undefined` when none is shown or it was removed.
   */
  keyboard(chat: ChatRef, bot?: BotRef): ReplyKeyboardMarkup | undefined;
  /** Updates waiting for a bot (not yet confirmed by getUpdates or delivered to its webhook). */
  pendingUpdates(bot?: BotRef): Update[];
  /** Resolves when no webhook delivery is in flight. */
  settled(): Promise<void>;
}
