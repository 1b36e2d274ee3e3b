import type { ChatFullInfo, ChatInviteLink, User, UserFromGetMe } from '../../types/botApi.js';
import { fail } from '../failures.js';
import { integerArg } from '../server/integers.js';
import { cleanName } from '../server/names.js';
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

  getChat: (ctx, p) => chatFullInfo(chatOf(ctx, p, 'chat_id', 'read')),

  createChatInviteLink(ctx, p) {
    // Client.cpp process_create_chat_invite_link_query reads and clamps the numbers; TDLib
    // (DialogInviteLinkManager.cpp export_dialog_invite_link) refuses a member limit on a link
    // that needs approval, cuts the name to 32 characters, then checks the chat and the rights.
    const expire = integerArg(p.str('expire_date'), 0, 0);
    const limit = integerArg(p.str('member_limit'), 0, 0, 100_000);
    const approval = p.bool('creates_join_request');
    const chat = chatOf(ctx, p, 'chat_id');
    if (approval && limit > 0) throw fail('memberLimitWithApproval');
    if (chat.type === 'private') throw fail('privateInvite');
    if (!can(ctx, chat, 'can_invite_users')) throw fail('rightsInviteLink');
    const link: ChatInviteLink = {
      invite_link: `https://t.me/+EmU${nextId(ctx.world, 'inviteLink').toString(36).padStart(12, 'A')}`,
      creator: ctx.bot.user as unknown as User,
      creates_join_request: approval,
      is_primary: false,
      is_revoked: false,
    };
    const name = cleanName(p.str('name') ?? '', 32);
    if (name !== '') link.name = name;
    if (expire > 0) link.expire_date = expire;
    if (limit > 0) link.member_limit = limit;
    return link;
  },
} satisfies HandlerTable;
