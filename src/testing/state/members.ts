import type { ChatAdministratorRights, ChatMember, User } from '../../types/botApi.js';
import type { AdminRights, ChatState, Json, Member, Permissions, UserJson } from './types.js';

/**
 * Members as the Bot API shows them: rights, permissions and `ChatMember` objects, in the
 * shapes and field order of the official server (telegram-bot-api/Client.cpp `JsonChatMember`,
 * `json_store_administrator_rights`, `json_store_permissions`).
 * @module
 * @internal
 */

/** Every permission: what members of a new group may do. @internal */
export const ALL_PERMISSIONS: Permissions = Object.freeze({
  can_send_messages: true,
  can_send_audios: true,
  can_send_documents: true,
  can_send_photos: true,
  can_send_videos: true,
  can_send_video_notes: true,
  can_send_voice_notes: true,
  can_send_polls: true,
  can_send_other_messages: true,
  can_add_web_page_previews: true,
  can_react_to_messages: true,
  can_edit_tag: true,
  can_change_info: true,
  can_invite_users: true,
  can_pin_messages: true,
  can_manage_topics: true,
});

/** The names of the permissions, in the server's order. @internal */
export const PERMISSION_NAMES = Object.keys(ALL_PERMISSIONS) as ReadonlyArray<keyof Permissions>;

const MEDIA: ReadonlyArray<keyof Permissions> = [
  'can_send_audios',
  'can_send_documents',
  'can_send_photos',
  'can_send_videos',
  'can_send_video_notes',
  'can_send_voice_notes',
];

/** The permissions of a group's members (every one until `setChatPermissions`). @internal */
export function chatPermissions(chat: ChatState): Permissions {
  return chat.permissions ?? ALL_PERMISSIONS;
}

/** What a member may do: a restricted member's own permissions, else the chat's. @internal */
export function memberPermissions(chat: ChatState, member: Member | undefined): Permissions {
  return member?.status === 'restricted' && member.permissions ? member.permissions : chatPermissions(chat);
}

/** Whether two sets of permissions are the same. @internal */
export function samePermissions(a: Permissions, b: Permissions): boolean {
  return PERMISSION_NAMES.every((name) => a[name] === b[name]);
}

/**
 * Permissions as the server writes them (`json_store_permissions`): the legacy
 * `can_send_media_messages` (true when any media permission is) follows `can_send_messages`.
 * @internal
 */
export function permissionsJson(permissions: Permissions): Json {
  const out: Json = { can_send_messages: permissions.can_send_messages };
  out.can_send_media_messages = MEDIA.some((name) => permissions[name]);
  for (const name of PERMISSION_NAMES) if (name !== 'can_send_messages') out[name] = permissions[name];
  return out;
}

/**
 * Administrator rights as the server writes them for a supergroup, or for a channel
 * (`json_store_administrator_rights`), with Bot API 10.3's `can_send_welcome_messages`.
 * @internal
 */
export function rightsJson(rights: Readonly<Record<string, boolean | undefined>>, channel = false): Json {
  const flag = (name: string) => rights[name] === true;
  const out: Json = { can_manage_chat: flag('can_manage_chat'), can_change_info: flag('can_change_info') };
  if (channel) {
    out.can_post_messages = flag('can_post_messages');
    out.can_edit_messages = flag('can_edit_messages');
  }
  out.can_delete_messages = flag('can_delete_messages');
  out.can_invite_users = flag('can_invite_users');
  out.can_restrict_members = flag('can_restrict_members');
  if (!channel) {
    out.can_pin_messages = flag('can_pin_messages');
    out.can_manage_topics = flag('can_manage_topics');
  }
  out.can_promote_members = flag('can_promote_members');
  out.can_manage_video_chats = flag('can_manage_video_chats');
  out.can_post_stories = flag('can_post_stories');
  out.can_edit_stories = flag('can_edit_stories');
  out.can_delete_stories = flag('can_delete_stories');
  if (channel) out.can_manage_direct_messages = flag('can_manage_direct_messages');
  else out.can_manage_tags = flag('can_manage_tags');
  out.is_anonymous = flag('is_anonymous');
  out.can_send_welcome_messages = false;
  return out;
}

/** An administrator's rights as a `ChatAdministratorRights` of a supergroup (any right implies `can_manage_chat`). @internal */
export function adminRightsJson(rights: AdminRights): ChatAdministratorRights {
  return rightsJson({ ...rights, can_manage_chat: true }) as unknown as ChatAdministratorRights;
}

/**
 * A member as the Bot API's `ChatMember`. `viewerId` is the bot asking: an administrator shows
 * `can_be_edited` only to the bot that promoted it.
 * @internal
 */
export function memberJson(m: Member, viewerId?: number): ChatMember {
  const user = m.user as unknown as User;
  const out: Json = { user, status: m.status };
  switch (m.status) {
    case 'creator':
      if (m.custom_title) out.custom_title = m.custom_title;
      out.is_anonymous = m.rights.is_anonymous;
      break;
    case 'administrator':
      out.can_be_edited = viewerId !== undefined && m.promotedBy === viewerId;
      Object.assign(out, adminRightsJson(m.rights));
      out.can_manage_voice_chats = m.rights.can_manage_video_chats;
      if (m.custom_title) out.custom_title = m.custom_title;
      break;
    case 'member':
      if (m.tag) out.tag = m.tag;
      break;
    case 'restricted':
      if (m.tag) out.tag = m.tag;
      out.until_date = m.until_date ?? 0;
      Object.assign(out, permissionsJson(m.permissions ?? ALL_PERMISSIONS));
      out.is_member = m.is_member ?? true;
      break;
    case 'kicked':
      out.until_date = m.until_date ?? 0;
      break;
    default:
      break;
  }
  return out as unknown as ChatMember;
}

/** A plain member (no rights, no restrictions). @internal */
export function plainMember(user: UserJson, rights: AdminRights): Member {
  return { user, status: 'member', rights };
}
