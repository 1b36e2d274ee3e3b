import type { ChatMemberUpdated } from '../../types/botApi.js';
import { NO_RIGHTS, setMember } from './chats.js';
import { linkJson } from './links.js';
import { storeMessage } from './messages.js';
import type { ChatState, InviteLinkState, Member, Stored, UserJson, World } from './types.js';

/**
 * Users joining and leaving a group: the member change (a `chat_member` payload) and the
 * service message bots see (telegram-bot-api/Client.cpp `JsonMessage`: `new_chat_members` with
 * the legacy single-user fields, `left_chat_member`). The caller hands both to the delivery
 * module. Service messages about members go to General in a forum.
 * @module
 * @internal
 */

/** What a join or a leave produced. @internal */
export interface MembershipChange {
  /** The `chat_member` payload; `undefined` when the member did not change. */
  update: ChatMemberUpdated | undefined;
  /** The service message. */
  message: Stored;
}

/** How a user came in. @internal */
export interface JoinWay {
  /** The link they used (counted against its member limit). */
  link?: InviteLinkState | undefined;
  /** An administrator approved their request (`via_join_request`). */
  viaRequest?: boolean;
  /** Who added them (the message's `from`); the user themselves otherwise. */
  addedBy?: UserJson | undefined;
}

/** Whether a user is in a group (a restricted member may have left it). @internal */
export function isInGroup(member: Member | undefined): boolean {
  if (!member) return false;
  if (member.status === 'restricted') return member.is_member !== false;
  return member.status !== 'left' && member.status !== 'kicked';
}

/**
 * A user joins a group (by themselves, by a link, by an approved request, or added by someone):
 * a restricted user who had left keeps the restrictions. `actor` is who the `chat_member`
 * update names (the approving administrator, or the user).
 * @internal
 */
export function joinGroup(
  world: World,
  chat: ChatState,
  user: UserJson,
  actor: UserJson,
  way: JoinWay = {},
): MembershipChange {
  const current = chat.members.get(user.id);
  const member: Member =
    current?.status === 'restricted'
      ? { ...current, is_member: true }
      : { user, status: 'member', rights: NO_RIGHTS, tag: current?.tag };
  const changed = setMember(world, chat, member, actor);
  let update = changed;
  if (changed && (way.link || way.viaRequest)) {
    update = { ...changed };
    if (way.link) update.invite_link = linkJson(world, chat, way.link);
    if (way.viaRequest) update.via_join_request = true;
  }
  if (way.link) way.link.joined++;
  const from = way.addedBy ?? user;
  const message = storeMessage(
    world,
    chat,
    1,
    from,
    { new_chat_participant: user, new_chat_member: user, new_chat_members: [user] },
    { service: true },
  );
  return { update, message };
}

/**
 * A user leaves a group, or `removedBy` removes them (a ban is the bot's `banChatMember`): the
 * member becomes `left` (a restricted member keeps the restrictions, no longer in the chat).
 * @internal
 */
export function leaveGroup(world: World, chat: ChatState, user: UserJson, removedBy?: UserJson): MembershipChange {
  const current = chat.members.get(user.id);
  const member: Member =
    current?.status === 'restricted' ? { ...current, is_member: false } : { user, status: 'left', rights: NO_RIGHTS };
  const actor = removedBy ?? user;
  const update = setMember(world, chat, member, actor);
  const message = storeMessage(
    world,
    chat,
    1,
    actor,
    { left_chat_participant: user, left_chat_member: user },
    { service: true },
  );
  return { update, message };
}
