import type { ChatInviteLink } from '../../types/botApi.js';
import type { ChatState, InviteLinkState, Json, World } from './types.js';
import { nextId } from './world.js';

/**
 * Invite links of a group: creating, finding and showing them as the Bot API does
 * (telegram-bot-api/Client.cpp `JsonChatInviteLink`).
 * @module
 * @internal
 */

/** The links of a group (created on first use). @internal */
export function linksOf(chat: ChatState): Map<string, InviteLinkState> {
  chat.links ??= new Map();
  return chat.links;
}

/** A new link of a group, with a fresh URL. @internal */
export function addLink(
  world: World,
  chat: ChatState,
  creatorId: number,
  fields: Partial<InviteLinkState>,
): InviteLinkState {
  const link: InviteLinkState = {
    invite_link: `https://t.me/+EmU${nextId(world, 'inviteLink').toString(36).padStart(12, 'A')}`,
    creatorId,
    name: '',
    expire_date: 0,
    member_limit: 0,
    creates_join_request: false,
    is_primary: false,
    is_revoked: false,
    subscription_period: 0,
    subscription_price: 0,
    joined: 0,
    ...fields,
  };
  linksOf(chat).set(link.invite_link, link);
  return link;
}

/** The group's primary link, if one was made (`exportChatInviteLink`). @internal */
export function primaryLink(chat: ChatState): InviteLinkState | undefined {
  for (const link of chat.links?.values() ?? []) if (link.is_primary && !link.is_revoked) return link;
  return undefined;
}

/**
 * Replaces the primary link: the old one is revoked (and no longer primary), a new one made by
 * `creatorId` takes its place. Returns the new one.
 * @internal
 */
export function replacePrimary(world: World, chat: ChatState, creatorId: number): InviteLinkState {
  const old = primaryLink(chat);
  if (old) {
    old.is_revoked = true;
    old.is_primary = false;
  }
  return addLink(world, chat, creatorId, { is_primary: true });
}

/** Whether a link can still be used to join (not revoked, not expired, not full). @internal */
export function usable(world: World, link: InviteLinkState): boolean {
  if (link.is_revoked) return false;
  if (link.expire_date > 0 && link.expire_date <= Math.floor(world.now() / 1000)) return false;
  return link.member_limit === 0 || link.joined < link.member_limit;
}

/**
 * A link as a Bot API `ChatInviteLink`, in the server's field order: optional fields only when
 * set, then the three flags.
 * @internal
 */
export function linkJson(world: World, chat: ChatState, link: InviteLinkState): ChatInviteLink {
  const out: Json = { invite_link: link.invite_link };
  if (link.name) out.name = link.name;
  out.creator = world.users.get(link.creatorId) ?? { id: link.creatorId, is_bot: false, first_name: '' };
  if (link.expire_date) out.expire_date = link.expire_date;
  if (link.member_limit) out.member_limit = link.member_limit;
  let pending = 0;
  for (const request of chat.joinRequests?.values() ?? []) if (request.link === link.invite_link) pending++;
  if (pending) out.pending_join_request_count = pending;
  if (link.subscription_period) {
    out.subscription_period = link.subscription_period;
    out.subscription_price = link.subscription_price;
  }
  out.creates_join_request = link.creates_join_request;
  out.is_primary = link.is_primary;
  out.is_revoked = link.is_revoked;
  return out as unknown as ChatInviteLink;
}
