import type { LegacyPermission, Reader } from '../args.js';
import { orFail } from '../failures.js';
import { Fields } from '../server/jsonFields.js';
import { prefixed } from '../server/outcome.js';
import type { Permissions } from '../state/types.js';

/**
 * `Client::get_chat_permissions` (telegram-bot-api/Client.cpp): the `permissions` object of
 * restrictChatMember and setChatPermissions, with the server's defaults and implications.
 * @module
 * @internal
 */

type Flags = { -readonly [K in keyof Permissions]: boolean };

const NONE = (): Flags => ({
  can_send_messages: false,
  can_send_audios: false,
  can_send_documents: false,
  can_send_photos: false,
  can_send_videos: false,
  can_send_video_notes: false,
  can_send_voice_notes: false,
  can_send_polls: false,
  can_send_other_messages: false,
  can_add_web_page_previews: false,
  can_react_to_messages: false,
  can_edit_tag: false,
  can_change_info: false,
  can_invite_users: false,
  can_pin_messages: false,
  can_manage_topics: false,
});

const MEDIA = [
  'can_send_audios',
  'can_send_documents',
  'can_send_photos',
  'can_send_videos',
  'can_send_video_notes',
  'can_send_voice_notes',
] as const;

/** Permissions as read, and whether they came from the legacy flat parameters of a partial call. @internal */
export interface ReadPermissions {
  permissions: Permissions;
  /** A partial legacy call: the member's other permissions are kept (restrictChatMember). */
  legacy: boolean;
}

/**
 * Reads `permissions` (server/params.ts: read when present, even empty); without it every
 * permission is false. Inside the object a missing `can_manage_topics` or `can_edit_tag` copies
 * `can_pin_messages`, a missing `can_react_to_messages` copies `can_send_messages`, and without
 * any of the six media fields the old `can_send_media_messages` sets them all. Unless
 * `independent`, media, other messages and link previews imply sending messages (and other
 * messages and previews imply media).
 * @internal
 */
export function readPermissions(p: Reader<'permissions'>, independent: boolean): ReadPermissions {
  const out = NONE();
  if (!p.has('permissions')) return { permissions: out, legacy: false };
  const node = p.jsonParam('permissions');
  // jsonParam refuses anything but an object.
  if (node?.kind !== 'object') return { permissions: out, legacy: false };
  const fields = new Fields(node);
  const bool = (name: string): boolean => orFail(prefixed(fields.bool(name), "Can't parse chat permissions: "));
  out.can_send_messages = bool('can_send_messages');
  out.can_send_polls = bool('can_send_polls');
  out.can_send_other_messages = bool('can_send_other_messages');
  out.can_add_web_page_previews = bool('can_add_web_page_previews');
  out.can_change_info = bool('can_change_info');
  out.can_invite_users = bool('can_invite_users');
  out.can_pin_messages = bool('can_pin_messages');
  out.can_manage_topics = fields.has('can_manage_topics') ? bool('can_manage_topics') : out.can_pin_messages;
  if (MEDIA.some((name) => fields.has(name))) {
    for (const name of MEDIA) out[name] = bool(name);
  } else {
    const media = bool('can_send_media_messages');
    for (const name of MEDIA) out[name] = media;
    if (media && !independent) out.can_send_messages = true;
  }
  out.can_edit_tag = fields.has('can_edit_tag') ? bool('can_edit_tag') : out.can_pin_messages;
  out.can_react_to_messages = fields.has('can_react_to_messages')
    ? bool('can_react_to_messages')
    : out.can_send_messages;
  if ((out.can_send_other_messages || out.can_add_web_page_previews) && !independent) {
    for (const name of MEDIA) out[name] = true;
    out.can_send_messages = true;
  }
  if (out.can_send_polls && !independent) out.can_send_messages = true;
  return { permissions: out, legacy: false };
}

/**
 * restrictChatMember without `permissions`: the legacy flat flags (Client.cpp
 * `get_chat_permissions` with `allow_legacy`). All four give a full unrestriction; fewer are a
 * partial call that keeps the member's other permissions.
 * @internal
 */
export function readLegacyPermissions(flags: Reader<LegacyPermission>, independent: boolean): ReadPermissions {
  const out = NONE();
  out.can_send_messages = flags.bool('can_send_messages');
  let media = flags.bool('can_send_media_messages');
  out.can_send_other_messages = flags.bool('can_send_other_messages');
  out.can_add_web_page_previews = flags.bool('can_add_web_page_previews');
  if ((out.can_send_other_messages || out.can_add_web_page_previews) && !independent) media = true;
  if (media && !independent) out.can_send_messages = true;
  let partial = false;
  if (out.can_send_messages && media && out.can_send_other_messages && out.can_add_web_page_previews) {
    // Every legacy flag: a full unrestriction.
    out.can_send_polls = true;
    out.can_change_info = true;
    out.can_invite_users = true;
    out.can_pin_messages = true;
    out.can_manage_topics = true;
  } else {
    const names: LegacyPermission[] = [
      'can_send_messages',
      'can_send_media_messages',
      'can_send_other_messages',
      'can_add_web_page_previews',
    ];
    partial = names.some((name) => flags.str(name) !== undefined);
  }
  for (const name of MEDIA) out[name] = media;
  out.can_edit_tag = out.can_pin_messages;
  out.can_react_to_messages = out.can_send_messages;
  return { permissions: out, legacy: partial };
}
