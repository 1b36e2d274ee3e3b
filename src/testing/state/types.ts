import type { BotCommand, Chat, ChatAdministratorRights, ReplyKeyboardMarkup } from '../../types/botApi.js';
import type { MessageStore } from './messageStore.js';

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
  /** Add administrators (with rights of their own at most). */
  can_promote_members: boolean;
  /** Manage video chats. */
  can_manage_video_chats: boolean;
  /** Post, edit and delete stories. */
  can_post_stories: boolean;
  /** Edit other users' stories. */
  can_edit_stories: boolean;
  /** Delete other users' stories. */
  can_delete_stories: boolean;
  /** Set the tags of members. */
  can_manage_tags: boolean;
  /** Not a right: the administrator's messages appear as the chat's. */
  is_anonymous: boolean;
}

/** What a member of a supergroup may do (`ChatPermissions`, every field present). */
export interface Permissions {
  can_send_messages: boolean;
  can_send_audios: boolean;
  can_send_documents: boolean;
  can_send_photos: boolean;
  can_send_videos: boolean;
  can_send_video_notes: boolean;
  can_send_voice_notes: boolean;
  can_send_polls: boolean;
  can_send_other_messages: boolean;
  can_add_web_page_previews: boolean;
  can_react_to_messages: boolean;
  can_edit_tag: boolean;
  can_change_info: boolean;
  can_invite_users: boolean;
  can_pin_messages: boolean;
  can_manage_topics: boolean;
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
  // ---- Added by issue 17 (reactions, live locations). ----
  /** Reactions by user (or bot) id, in the order they were set. */
  reactions?: Map<number, Json[]> | undefined;
  /** A live location: until when it can be edited (Unix time); 0 once stopped. */
  liveUntil?: number | undefined;
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
  status: 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';
  rights: AdminRights;
  // ---- Added by issue 17 (restrictions, titles, tags). ----
  /** restricted, kicked: when it ends (Unix time; 0 = forever). */
  until_date?: number | undefined;
  /** restricted: what the member may do. */
  permissions?: Permissions | undefined;
  /** restricted: whether the user is in the chat. */
  is_member?: boolean | undefined;
  /** creator, administrator: the title shown instead of "admin". */
  custom_title?: string | undefined;
  /** member, restricted: the member's tag. */
  tag?: string | undefined;
  /** administrator: who promoted them (a bot may edit only the administrators it promoted). */
  promotedBy?: number | undefined;
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
  /** The messages by id (see {@link MessageStore}). */
  messages: MessageStore<Stored>;
  nextId: number;
  topics: Map<number, Topic>;
  general: { name: string; closed: boolean; hidden: boolean };
  /** The reply keyboard shown, normalised as Telegram stores it; `undefined` once removed. */
  replyKeyboard: ReplyKeyboardMarkup | undefined;
  // ---- Added by issue 17: chat settings, links, join requests, blocks, drafts (see state/groups.ts). ----
  /** Groups: the description (`getChat`), set by `setChatDescription`. */
  description?: string | undefined;
  /** Groups: the photo (its two sizes), set by `setChatPhoto`. */
  photo?: ChatPhotoState | undefined;
  /** Groups: what members may do; all true until `setChatPermissions`. */
  permissions?: Permissions | undefined;
  /** Groups: invite links by URL (the primary one included). */
  links?: Map<string, InviteLinkState> | undefined;
  /** Groups: pending join requests by user id. */
  joinRequests?: Map<number, JoinRequestState> | undefined;
  /** Groups: the ids of banned sender chats. */
  bannedSenderChats?: Set<number> | undefined;
  /** Private chats: the user has blocked the bot (sends answer 403). */
  blocked?: boolean | undefined;
  /** Private chats: the last message draft (`sendMessageDraft`). */
  draft?: DraftState | undefined;
}

/** A chat photo: the file of each size. @internal */
export interface ChatPhotoState {
  small: FileRecord;
  big: FileRecord;
}

/** An invite link of a group. @internal */
export interface InviteLinkState {
  invite_link: string;
  creatorId: number;
  name: string;
  expire_date: number;
  member_limit: number;
  creates_join_request: boolean;
  is_primary: boolean;
  is_revoked: boolean;
  subscription_period: number;
  subscription_price: number;
  /** Users who joined through it. */
  joined: number;
}

/** A user's request to join a group. @internal */
export interface JoinRequestState {
  user: UserJson;
  date: number;
  bio: string;
  /** The URL of the link used, if any. */
  link: string | undefined;
}

/** A message draft a bot streams to a user. @internal */
export interface DraftState {
  draft_id: number;
  thread: number;
  text: string;
  entities: Json[] | undefined;
  /** When it was sent (ms, world clock). */
  at: number;
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
  me: Json & {
    has_topics_enabled: boolean;
    can_read_all_group_messages: boolean;
    allows_users_to_create_topics: boolean;
    supports_inline_queries: boolean;
  };
  /** The `update_id` of its first update (bots get ids in ranges of their own). */
  firstUpdateId: number;
  // ---- Added by issue 17: names, descriptions, commands by scope, menu buttons, default rights. ----
  /** Created on first use (see state/botSettings.ts). */
  settings?: BotSettings | undefined;
}

/** What a bot set about itself. Maps are keyed by language code (`''` for all languages). @internal */
export interface BotSettings {
  names: Map<string, string>;
  descriptions: Map<string, string>;
  shortDescriptions: Map<string, string>;
  /** Command lists by `<scope key>|<language>`. */
  commands: Map<string, BotCommand[]>;
  /** Menu buttons by user id (0: the default of all private chats). */
  menuButtons: Map<number, Json>;
  /** Default administrator rights suggested when the bot is added to a group / channel. */
  groupRights: ChatAdministratorRights | undefined;
  channelRights: ChatAdministratorRights | undefined;
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
  // ---- Added by issue 17. ----
  inlineQuery: number;
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
  // ---- Added by issue 17: inline queries and profile photos. ----
  /** Inline queries by id. */
  readonly inlineQueries: Map<string, InlineQueryState>;
  /** Users' profile photos (newest first), each as its sizes, by user id. */
  readonly profilePhotos: Map<number, FileRecord[][]>;
}

/** An inline query a user sent, and the bot's answer once given. @internal */
export interface InlineQueryState {
  botId: number;
  userId: number;
  at: number;
  answer: Json | undefined;
}
