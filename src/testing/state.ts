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

/** A member without administrator rights. @internal */
export const NO_RIGHTS: AdminRights = {
  can_manage_topics: false,
  can_pin_messages: false,
  can_delete_messages: false,
  can_restrict_members: false,
  can_invite_users: false,
  can_change_info: false,
};

/** A member as the Bot API's `ChatMember` object. @internal */
export function memberJson(m: Member): Json {
  if (m.status === 'administrator') {
    return {
      user: m.user,
      status: 'administrator',
      can_be_edited: false,
      is_anonymous: false,
      can_manage_chat: true,
      can_delete_messages: m.rights.can_delete_messages,
      can_manage_video_chats: false,
      can_restrict_members: m.rights.can_restrict_members,
      can_promote_members: false,
      can_change_info: m.rights.can_change_info,
      can_invite_users: m.rights.can_invite_users,
      can_post_stories: false,
      can_edit_stories: false,
      can_delete_stories: false,
      can_pin_messages: m.rights.can_pin_messages,
      can_manage_topics: m.rights.can_manage_topics,
    };
  }
  if (m.status === 'creator') return { user: m.user, status: 'creator', is_anonymous: false };
  if (m.status === 'kicked') return { user: m.user, status: 'kicked', until_date: 0 };
  return { user: m.user, status: m.status };
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
