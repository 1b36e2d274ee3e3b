import type { BotCommand, Chat, ReplyKeyboardMarkup } from '../../types/botApi.js';

/** A Bot API object as the emulator builds and stores it. @internal */
export type Json = Record<string, unknown>;

/** A user (or bot) as a Bot API `User` object. @internal */
export type UserJson = Json & { id: number };

/** An administrator right the emulator checks. */
export interface AdminRights {
  /** Create, rename, close and reopen topics (and manage the General topic). */
  can_manage_topics: boolean;
  /** Pin and unpin messages. */
  can_pin_messages: boolean;
  /** Delete other users' messages and topics. */
  can_delete_messages: boolean;
  /** Ban and unban members. */
  can_restrict_members: boolean;
  /** Create invite links. */
  can_invite_users: boolean;
  /** Change the chat's title, photo and other settings. */
  can_change_info: boolean;
}

/** A message as stored in a chat. @internal */
export interface Stored {
  /** The message, as the Bot API returns it. */
  msg: Json & { message_id: number };
  /** Topic id; 1 for General in forums; 0 in chats without topics. */
  thread: number;
  senderId: number;
  service: boolean;
  pinned: boolean;
  /**
   * Sent with a reply keyboard, a keyboard removal or a force reply: TDLib never lets such a
   * message be edited (`MessagesManager::can_edit_message`, `had_reply_markup`).
   */
  hadReplyMarkup?: boolean;
  /** The message as replies nest it (built once; dropped when the message is edited). */
  asReply?: Json | undefined;
}

/** A forum topic (not the General topic). @internal */
export interface Topic {
  id: number;
  name: string;
  icon_color: number;
  icon_custom_emoji_id: string | undefined;
  closed: boolean;
  creatorId: number;
}

/** A member of a group chat. @internal */
export interface Member {
  user: UserJson;
  status: 'creator' | 'administrator' | 'member' | 'left' | 'kicked';
  rights: AdminRights;
}

/** A chat: a supergroup (forum or not) or the private chat of one bot with one user. @internal */
export interface ChatState {
  id: number;
  type: 'private' | 'supergroup';
  title: string | undefined;
  username: string | undefined;
  forum: boolean;
  /** The chat as a Bot API `Chat` object, as messages carry it. Replaced (never changed) when the chat changes. */
  json: Chat;
  /** For private chats: the bot (its id) and the user. */
  botId: number | undefined;
  user: UserJson | undefined;
  members: Map<number, Member>;
  messages: Map<number, Stored>;
  nextId: number;
  topics: Map<number, Topic>;
  general: { name: string; closed: boolean; hidden: boolean };
  /** The reply keyboard shown, normalised as Telegram stores it; `undefined` once removed. */
  replyKeyboard: ReplyKeyboardMarkup | undefined;
}

/** A file uploaded to (or referenced by) the emulator. @internal */
export interface FileRecord {
  /** What it was sent as: `photo`, `document`, `video`, … (a file_id of one kind may not fit another). */
  kind: string;
  file_id: string;
  file_unique_id: string;
  file_path: string;
  bytes: Uint8Array;
  /** The file name as the server keeps it (cleaned). */
  name: string;
  /** The MIME type TDLib derives from the name's extension (`''` when unknown). */
  type: string;
}

/** One bot of the emulator. @internal */
export interface BotState {
  id: number;
  token: string;
  user: UserJson & { username: string };
  /** What `getMe` answers. */
  me: Json & { has_topics_enabled: boolean; can_read_all_group_messages: boolean };
  /** The `update_id` of its first update (bots get ids in ranges of their own). */
  firstUpdateId: number;
  commands: BotCommand[];
}

/** A callback query a user made, and the bot's answer once given. @internal */
export interface CallbackQueryState {
  botId: number;
  at: number;
  answer: { text?: string; show_alert?: boolean; url?: string } | undefined;
}

/** The next value of each kind of generated id. @internal */
export interface Counters {
  user: number;
  group: number;
  bot: number;
  callbackQuery: number;
  /** Files: `file_id`, `file_unique_id` and `file_path`. */
  file: number;
  mediaGroup: number;
  poll: number;
  /** Dice values cycle through this counter (deterministic runs). */
  dice: number;
  inviteLink: number;
}

/** Sliding-window flood counters (see `flood.ts`). @internal */
export interface FloodState {
  readonly rules:
    | { perChat: FloodWindow | false; perGroup: FloodWindow | false; global: FloodWindow | false }
    | undefined;
  readonly seen: Map<string, number[]>;
}

/** At most `limit` messages per `windowMs`. @internal */
export interface FloodWindow {
  limit: number;
  windowMs: number;
}

/**
 * Everything the emulator knows, as plain data: bots, users, chats with their messages and
 * topics, files, callback queries, id counters and flood counters. The functions over it live
 * in `state/*.ts`; updates waiting for bots are held by the delivery module, not here.
 * @internal
 */
export interface World {
  /** The clock (ms), for message dates, callback query expiry and flood windows. */
  readonly now: () => number;
  readonly settings: { readonly strictWebhooks: boolean; readonly callbackQueryTtlMs: number };
  /** Bots by token. */
  readonly bots: Map<string, BotState>;
  /** Bots by id. */
  readonly botsById: Map<number, BotState>;
  /** Users (and bots) by id. */
  readonly users: Map<number, UserJson>;
  /** Group chats by id. */
  readonly chats: Map<number, ChatState>;
  /** Private chats by `<botId>:<userId>`. */
  readonly privates: Map<string, ChatState>;
  /** Files by `file_id` and by `file_path`. */
  readonly files: Map<string, FileRecord>;
  readonly filesByPath: Map<string, FileRecord>;
  /** Callback queries by id. */
  readonly callbacks: Map<string, CallbackQueryState>;
  readonly ids: Counters;
  readonly flood: FloodState;
}
