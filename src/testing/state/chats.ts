import type { Chat, ChatMemberUpdated, User } from '../../types/botApi.js';
import { memberJson } from './members.js';
import { MessageStore } from './messageStore.js';
import type { AdminRights, BotState, ChatState, Json, Member, UserJson, World } from './types.js';
import { nextId, unixTime } from './world.js';

/** A member without administrator rights. @internal */
export const NO_RIGHTS: AdminRights = Object.freeze({
  can_manage_topics: false,
  can_pin_messages: false,
  can_delete_messages: false,
  can_restrict_members: false,
  can_invite_users: false,
  can_change_info: false,
  can_promote_members: false,
  can_manage_video_chats: false,
  can_post_stories: false,
  can_edit_stories: false,
  can_delete_stories: false,
  can_manage_tags: false,
  is_anonymous: false,
});

/** Every right (not anonymous): what a bot gets by default, and what the owner has. @internal */
export const ALL_RIGHTS: AdminRights = Object.freeze({
  can_manage_topics: true,
  can_pin_messages: true,
  can_delete_messages: true,
  can_restrict_members: true,
  can_invite_users: true,
  can_change_info: true,
  can_promote_members: true,
  can_manage_video_chats: true,
  can_post_stories: true,
  can_edit_stories: true,
  can_delete_stories: true,
  can_manage_tags: true,
  is_anonymous: false,
});

/** The names of the rights the emulator checks. @internal */
export const RIGHT_NAMES = Object.keys(ALL_RIGHTS) as ReadonlyArray<keyof AdminRights>;

function newChat(id: number, type: ChatState['type'], forum: boolean): ChatState {
  return {
    id,
    type,
    title: undefined,
    username: undefined,
    forum,
    json: { id, type: 'private', first_name: '' },
    botId: undefined,
    user: undefined,
    members: new Map(),
    messages: new MessageStore(),
    nextId: 1,
    topics: new Map(),
    general: { name: 'General', closed: false, hidden: false },
    replyKeyboard: undefined,
  };
}

/**
 * Rebuilds `chat.json`: a new, frozen object (messages already stored keep the one they were
 * sent with, and its JSON text is built once, see http/jsonText.ts).
 * @internal
 */
export function refreshChatJson(chat: ChatState): void {
  if (chat.type === 'private') {
    const user = chat.user!;
    const out: Json = { id: chat.id, first_name: user.first_name };
    if (user.last_name !== undefined) out.last_name = user.last_name;
    if (user.username !== undefined) out.username = user.username;
    out.type = 'private';
    chat.json = Object.freeze(out) as unknown as Chat;
    return;
  }
  const out: Json = { id: chat.id, title: chat.title };
  if (chat.username !== undefined) out.username = chat.username;
  if (chat.forum) out.is_forum = true;
  out.type = 'supergroup';
  chat.json = Object.freeze(out) as unknown as Chat;
}

/** Adds a supergroup (a forum unless `forum` is false) with a fresh id. @internal */
export function addGroup(world: World, title: string | undefined, username: string | undefined, forum: boolean) {
  const n = nextId(world, 'group');
  const chat = newChat(-(1_000_000_000_000 + n), 'supergroup', forum);
  chat.title = title ?? `Forum ${n}`;
  chat.username = username;
  // Message 1 is the chat's creation (and the General topic's root): topics start at 2.
  chat.nextId = 2;
  refreshChatJson(chat);
  world.chats.set(chat.id, chat);
  return chat;
}

/** The private chat of a bot with a user; created on the user's first message when `create`. @internal */
export function privateChat(world: World, bot: BotState, user: UserJson, create: boolean): ChatState | undefined {
  const key = `${bot.id}:${user.id}`;
  let chat = world.privates.get(key);
  if (!chat && create) {
    chat = newChat(user.id, 'private', bot.me.has_topics_enabled);
    chat.botId = bot.id;
    chat.user = user;
    refreshChatJson(chat);
    world.privates.set(key, chat);
  }
  return chat;
}

/** A group by `@username` (any case). @internal */
export function groupByUsername(world: World, username: string): ChatState | undefined {
  const wanted = username.toLowerCase();
  for (const chat of world.chats.values()) if (chat.username?.toLowerCase() === wanted) return chat;
  return undefined;
}

export { memberJson } from './members.js';

/** A user who is not (or no longer) in a chat. @internal */
export const absent = (user: UserJson): Member => ({ user, status: 'left', rights: NO_RIGHTS });

/**
 * Sets a member of a group. Returns the `ChatMemberUpdated` payload of the change (`from` is
 * who made it), or `undefined` when the member's status and rights did not change. Whoever
 * calls it hands the payload to the delivery module (audience `membership`).
 * @internal
 */
export function setMember(
  world: World,
  chat: ChatState,
  member: Member,
  from: UserJson,
): ChatMemberUpdated | undefined {
  const before = memberJson(chat.members.get(member.user.id) ?? absent(member.user));
  chat.members.set(member.user.id, member);
  const after = memberJson(member);
  if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
  return {
    chat: chat.json,
    from: from as unknown as User,
    date: unixTime(world),
    old_chat_member: before,
    new_chat_member: after,
  };
}

/** The chat's owner, if it has one. @internal */
export function ownerOf(chat: ChatState): UserJson | undefined {
  for (const m of chat.members.values()) if (m.status === 'creator') return m.user;
  return undefined;
}

/** Whether a member is in the chat (not gone, not banned; a restricted member may be gone). @internal */
export function isPresent(member: Member | undefined): member is Member {
  if (member === undefined || member.status === 'left' || member.status === 'kicked') return false;
  return member.status !== 'restricted' || member.is_member !== false;
}

/** Whether a user (or bot) has an administrator right in a chat; always in private chats. @internal */
export function hasRight(chat: ChatState, userId: number, right: keyof AdminRights): boolean {
  if (chat.type === 'private') return true;
  const m = chat.members.get(userId);
  return m?.status === 'creator' || (m?.status === 'administrator' && m.rights[right]);
}
