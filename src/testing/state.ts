/** Loose JSON object used for the Bot API objects the emulator builds. @internal */
export type Json = Record<string, unknown>;

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
  msg: Json & { message_id: number };
  /** Topic id; 1 for General in forums; 0 in chats without topics. */
  thread: number;
  senderId: number;
  service: boolean;
  pinned: boolean;
}

/** A forum topic. @internal */
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
  user: Json & { id: number };
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
  /** For private chats: the bot and the user. */
  botId: number | undefined;
  user: (Json & { id: number }) | undefined;
  members: Map<number, Member>;
  messages: Map<number, Stored>;
  nextId: number;
  topics: Map<number, Topic>;
  general: { name: string; closed: boolean; hidden: boolean };
  replyKeyboard: Json | undefined;
  lastAction: string | undefined;
}

/** A file uploaded to (or referenced by) the emulator. @internal */
export interface FileRecord {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  bytes: Uint8Array;
  name: string;
  type: string;
}

/** Webhook settings of a bot. @internal */
export interface Webhook {
  url: string;
  secret: string | undefined;
  maxConnections: number;
  ipAddress: string | undefined;
  allowed: string[] | undefined;
  lastErrorDate: number | undefined;
  lastErrorMessage: string | undefined;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
}

/** A pending long poll. @internal */
export interface Poll {
  finish(error?: unknown): void;
}

/** One bot of the emulator. @internal */
export interface BotState {
  id: number;
  token: string;
  user: Json & { id: number; username: string };
  me: Json;
  hasTopics: boolean;
  queue: Json[];
  nextUpdateId: number;
  allowed: Set<string> | undefined;
  poll: Poll | undefined;
  webhook: Webhook | undefined;
  pumping: boolean;
  commands: unknown[];
}
