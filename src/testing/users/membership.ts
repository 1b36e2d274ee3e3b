import type { ChatMemberUpdated, Message, User } from '../../types/botApi.js';
import type { Delivery } from '../delivery/index.js';
import { hasRight, privateChat } from '../state/chats.js';
import { linkJson, linksOf, usable } from '../state/links.js';
import { memberPermissions } from '../state/members.js';
import { isInGroup, joinGroup, leaveGroup, type MembershipChange } from '../state/membership.js';
import { messageCopy } from '../state/messages.js';
import type { BotState, ChatState, InviteLinkState, Json, World } from '../state/types.js';
import { unixTime } from '../state/world.js';
import * as check from './coerce.js';

const JOIN_OPTIONS = ['invite_link', 'added_by'];
const REQUEST_OPTIONS = ['invite_link', 'bio'];

/**
 * Users coming and going: joining a group (by themselves, by a link, added by a member),
 * leaving it, asking to join, and blocking or unblocking a bot in their private chat.
 * @internal
 */
export function createMembershipActions(world: World, delivery: Delivery, first: () => BotState) {
  /** Hands a join or leave to the delivery module: the service message, then `chat_member`. */
  function announce(chat: ChatState, userId: number, change: MembershipChange): Message {
    delivery.deliver({ kind: 'message', payload: change.message.msg }, { to: 'chat', chat, message: change.message });
    if (change.update) {
      delivery.deliver({ kind: 'chat_member', payload: change.update }, { to: 'membership', chat, userId });
    }
    return messageCopy(change.message);
  }

  /** The invite link a helper names: one of the chat's links (its URL, or the `ChatInviteLink`). */
  function linkOf(helper: string, chat: ChatState, value: unknown): InviteLinkState | undefined {
    if (value === undefined) return undefined;
    const url = typeof value === 'object' && value !== null ? (value as { invite_link?: unknown }).invite_link : value;
    if (typeof url !== 'string') throw check.argumentError(helper, 'options.invite_link', 'an invite link', value);
    const link = linksOf(chat).get(url);
    if (!link) throw new Error(`${helper}: ${url} is not an invite link of chat ${chat.id}`);
    if (!usable(world, link)) throw new Error(`${helper}: ${url} is revoked, expired or full`);
    return link;
  }

  function userJoins(user: unknown, chat: unknown, options?: unknown): Message {
    const helper = 'userJoins';
    const who = check.userOf(world, helper, 'user', user);
    const group = check.groupOf(world, helper, 'chat', chat);
    const opts = check.options<{ invite_link?: unknown; added_by?: unknown }>(helper, 'options', options, JOIN_OPTIONS);
    const member = group.members.get(who.id);
    if (member?.status === 'kicked') throw new Error(`${helper}: user ${who.id} is banned from chat ${group.id}`);
    if (isInGroup(member)) throw new Error(`${helper}: user ${who.id} is already in chat ${group.id}`);
    const link = linkOf(helper, group, opts.invite_link);
    if (link?.creates_join_request) {
      throw new Error(`${helper}: the link needs an administrator's approval; use userRequestsToJoin()`);
    }
    let addedBy: typeof who | undefined;
    if (opts.added_by !== undefined) {
      addedBy = check.userOf(world, helper, 'options.added_by', opts.added_by);
      const adder = group.members.get(addedBy.id);
      const allowed =
        hasRight(group, addedBy.id, 'can_invite_users') || memberPermissions(group, adder).can_invite_users;
      if (!isInGroup(adder) || !allowed) {
        throw new Error(`${helper}: user ${addedBy.id} can't add members to chat ${group.id}`);
      }
    }
    const change = joinGroup(world, group, who, addedBy ?? who, { link, addedBy });
    return announce(group, who.id, change);
  }

  function userLeaves(user: unknown, chat: unknown): Message {
    const helper = 'userLeaves';
    const who = check.userOf(world, helper, 'user', user);
    const group = check.groupOf(world, helper, 'chat', chat);
    const member = group.members.get(who.id);
    if (!isInGroup(member)) throw new Error(`${helper}: user ${who.id} is not in chat ${group.id}`);
    if (member?.status === 'creator') throw new Error(`${helper}: the owner of chat ${group.id} can't leave it here`);
    return announce(group, who.id, leaveGroup(world, group, who));
  }

  function userRequestsToJoin(user: unknown, chat: unknown, options?: unknown): void {
    const helper = 'userRequestsToJoin';
    const who = check.userOf(world, helper, 'user', user);
    const group = check.groupOf(world, helper, 'chat', chat);
    const opts = check.options<{ invite_link?: unknown; bio?: unknown }>(helper, 'options', options, REQUEST_OPTIONS);
    if (opts.bio !== undefined && typeof opts.bio !== 'string') {
      throw check.argumentError(helper, 'options.bio', 'a string', opts.bio);
    }
    const member = group.members.get(who.id);
    if (member?.status === 'kicked') throw new Error(`${helper}: user ${who.id} is banned from chat ${group.id}`);
    if (isInGroup(member)) throw new Error(`${helper}: user ${who.id} is already in chat ${group.id}`);
    const link = linkOf(helper, group, opts.invite_link);
    if (link && !link.creates_join_request) {
      throw new Error(`${helper}: the link lets users join directly; use userJoins()`);
    }
    group.joinRequests ??= new Map();
    if (group.joinRequests.has(who.id)) throw new Error(`${helper}: user ${who.id} already asked to join`);
    const request = {
      user: who,
      date: unixTime(world),
      bio: (opts.bio as string | undefined) ?? '',
      link: link?.invite_link,
    };
    group.joinRequests.set(who.id, request);
    // The bots that may approve it can write to the user meanwhile (user_chat_id).
    for (const bot of world.bots.values()) {
      if (group.members.get(bot.id)?.status === 'administrator') privateChat(world, bot, who, true);
    }
    const payload: Json = { chat: group.json, from: who, user_chat_id: who.id, date: request.date };
    if (request.bio) payload.bio = request.bio;
    if (link) payload.invite_link = linkJson(world, group, link);
    delivery.deliver({ kind: 'chat_join_request', payload }, { to: 'admins', chat: group, right: 'can_invite_users' });
  }

  /** Blocks or unblocks: the bot gets `my_chat_member` (member ⇄ kicked) from the user. */
  function setBlocked(helper: string, user: unknown, bot: unknown, blocked: boolean): void {
    const who = check.userOf(world, helper, 'user', user);
    const target = check.botOf(world, helper, 'bot', bot, first());
    const chat = privateChat(world, target, who, true)!;
    if ((chat.blocked ?? false) === blocked) {
      throw new Error(
        `${helper}: user ${who.id} has ${blocked ? 'already blocked' : 'not blocked'} @${target.user.username}`,
      );
    }
    chat.blocked = blocked;
    const botUser = target.user as unknown as User;
    const member = { user: botUser, status: 'member' as const };
    const kicked = { user: botUser, status: 'kicked' as const, until_date: 0 };
    const update: ChatMemberUpdated = {
      chat: chat.json,
      from: who as unknown as User,
      date: unixTime(world),
      old_chat_member: blocked ? member : kicked,
      new_chat_member: blocked ? kicked : member,
    };
    delivery.deliver({ kind: 'my_chat_member', payload: update }, { to: 'membership', chat, userId: target.id });
  }

  return {
    userJoins,
    userLeaves,
    userRequestsToJoin,
    userBlocksBot: (user: unknown, bot?: unknown) => setBlocked('userBlocksBot', user, bot, true),
    userUnblocksBot: (user: unknown, bot?: unknown) => setBlocked('userUnblocksBot', user, bot, false),
  };
}
