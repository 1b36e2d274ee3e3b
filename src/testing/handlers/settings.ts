import type { ChatFullInfo, ChatInviteLink, User, UserFromGetMe } from '../../types/botApi.js';
import { fail } from '../failures.js';
import { lastPinned } from '../state/messages.js';
import type { ChatState, Json } from '../state/types.js';
import { nextId } from '../state/world.js';
import type { HandlerTable } from './context.js';
import { can, chatOf } from './resolve.js';

function chatFullInfo(chat: ChatState): ChatFullInfo {
  const out: Json = { ...chat.json, accent_color_id: 0, max_reaction_count: 11 };
  const pinned = lastPinned(chat);
  if (pinned) out.pinned_message = pinned.msg;
  out.accepted_gift_types = {
    unlimited_gifts: false,
    limited_gifts: false,
    unique_gifts: false,
    premium_subscription: false,
    gifts_from_channels: false,
  };
  return out as unknown as ChatFullInfo;
}

/** Chat and bot settings: the bot itself, chats, invite links. @internal */
export const settingsHandlers = {
  getMe: (ctx) => ctx.bot.me as unknown as UserFromGetMe,
  logOut: () => true,
  close: () => true,

  getChat: (ctx, p) => chatFullInfo(chatOf(ctx, p, 'chat_id')),

  createChatInviteLink(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type === 'private') throw fail('privateInvite');
    if (!can(ctx, chat, 'can_invite_users')) throw fail('rightsInviteLink');
    const link: ChatInviteLink = {
      invite_link: `https://t.me/+EmU${nextId(ctx.world, 'inviteLink').toString(36).padStart(12, 'A')}`,
      creator: ctx.bot.user as unknown as User,
      creates_join_request: p.bool('creates_join_request'),
      is_primary: false,
      is_revoked: false,
    };
    const name = p.str('name');
    if (name) {
      if (Array.from(name).length > 32) throw fail('inviteLinkNameTooLong');
      link.name = name;
    }
    const expire = p.int('expire_date');
    if (expire) link.expire_date = expire;
    const limit = p.int('member_limit');
    if (limit) {
      if (limit < 1 || limit > 99999) throw fail('memberLimitInvalid');
      link.member_limit = limit;
    }
    return link;
  },
} satisfies HandlerTable;
