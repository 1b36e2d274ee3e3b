import type { Reader } from '../args.js';
import { fail, serverFailure } from '../failures.js';
import { isInGroup, joinGroup } from '../state/membership.js';
import type { ChatState } from '../state/types.js';
import type { Context, HandlerTable } from './context.js';
import { can, chatOf, userIdOf } from './resolve.js';

/**
 * The chat and pending request of an approve or decline: TDLib
 * `DialogParticipantManager::can_manage_dialog_join_requests` (a group, `can_invite_users`),
 * then Telegram's own checks (no such request: `HIDE_REQUESTER_MISSING`).
 */
function joinRequest(ctx: Context, p: Reader<'chat_id' | 'user_id'>) {
  const userId = userIdOf(p, 'user_id');
  const chat = chatOf(ctx, p, 'chat_id');
  if (chat.type === 'private') throw fail('noJoinRequests');
  if (!can(ctx, chat, 'can_invite_users')) throw fail('rightsJoinRequests');
  const request = chat.joinRequests?.get(userId);
  if (!request) {
    if (isInGroup(chat.members.get(userId))) throw serverFailure('USER_ALREADY_PARTICIPANT');
    throw serverFailure('HIDE_REQUESTER_MISSING');
  }
  chat.joinRequests?.delete(userId);
  return { chat, request };
}

/**
 * `sender_chat_id` of the sender-chat methods (Client.cpp `check_chat_no_fail`): required, an
 * exact integer; an unknown chat is still passed on.
 */
function senderChatOf(p: Reader<'sender_chat_id'>): number {
  const raw = p.str('sender_chat_id') ?? '';
  if (raw === '') throw fail('senderChatEmpty');
  if (!/^-?(0|[1-9]\d{0,18})$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw fail('senderChatInvalid');
  return Number(raw);
}

/** A group where the bot may restrict members (TDLib ban_dialog_participant, restrict_channel_participant). */
function restrictable(ctx: Context, chat: ChatState, privateFailure: 'privateBan' | 'privateMemberStatus'): void {
  if (chat.type === 'private') throw fail(privateFailure);
  if (!can(ctx, chat, 'can_restrict_members')) throw fail('rightsRestrict');
}

/** Join requests and sender chats. @internal */
export const moderationHandlers = {
  // Client.cpp process_approve_chat_join_request_query: the user joins (a `chat_member` update
  // with `via_join_request`, and the `new_chat_members` service message from the user).
  approveChatJoinRequest(ctx, p) {
    const { chat, request } = joinRequest(ctx, p);
    const link = request.link === undefined ? undefined : chat.links?.get(request.link);
    const { update, message } = joinGroup(ctx.world, chat, request.user, ctx.bot.user, { link, viaRequest: true });
    ctx.delivery.deliver({ kind: 'message', payload: message.msg }, { to: 'chat', chat, message });
    if (update) {
      ctx.delivery.deliver(
        { kind: 'chat_member', payload: update },
        { to: 'membership', chat, userId: request.user.id },
      );
    }
    return true;
  },

  // Client.cpp process_decline_chat_join_request_query: the request goes, nothing shows in the chat.
  declineChatJoinRequest(ctx, p) {
    joinRequest(ctx, p);
    return true;
  },

  // Client.cpp process_ban_chat_sender_chat_query: messages of that chat can't be posted any more.
  banChatSenderChat(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    const sender = senderChatOf(p);
    restrictable(ctx, chat, 'privateBan');
    chat.bannedSenderChats ??= new Set();
    chat.bannedSenderChats.add(sender);
    return true;
  },

  // Client.cpp process_unban_chat_sender_chat_query: the sender chat becomes "left".
  unbanChatSenderChat(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    const sender = senderChatOf(p);
    restrictable(ctx, chat, 'privateMemberStatus');
    chat.bannedSenderChats?.delete(sender);
    return true;
  },
} satisfies HandlerTable;
