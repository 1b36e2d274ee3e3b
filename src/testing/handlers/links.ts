import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { integerArg } from '../server/integers.js';
import { cleanName } from '../server/names.js';
import { addLink, linkJson, linksOf, replacePrimary } from '../state/links.js';
import type { ChatState, InviteLinkState } from '../state/types.js';
import type { Context, HandlerTable } from './context.js';
import { can, chatOf } from './resolve.js';

/** TDLib's MAX_INVITE_LINK_TITLE_LENGTH: a link's name is cleaned and cut to 32 characters. */
const NAME_LENGTH = 32;

/**
 * TDLib `DialogInviteLinkManager::can_manage_dialog_invite_links`: a group where the bot may
 * invite users.
 */
function manageable(ctx: Context, chat: ChatState): void {
  if (chat.type === 'private') throw fail('privateInvite');
  if (!can(ctx, chat, 'can_invite_users')) throw fail('rightsInviteLink');
}

/** The link `invite_link` names: it must be one of the chat's (Telegram's own check). */
function existing(chat: ChatState, p: Reader<'invite_link'>): InviteLinkState {
  const url = p.str('invite_link') ?? '';
  if (url === '') throw fail('inviteLinkEmpty');
  const link = linksOf(chat).get(url);
  if (!link) throw fail('inviteLinkInvalid');
  return link;
}

/** The settings of a link: name, expiry, member limit, approval (Client.cpp get_integer_arg clamps them). */
function settingsOf(p: Reader<'name' | 'expire_date' | 'member_limit' | 'creates_join_request'>) {
  return {
    name: cleanName(p.str('name') ?? '', NAME_LENGTH),
    expire_date: integerArg(p.str('expire_date'), 0, 0),
    member_limit: integerArg(p.str('member_limit'), 0, 0, 100_000),
    creates_join_request: p.bool('creates_join_request'),
  };
}

/** Invite links: the primary one, additional ones, subscription links. @internal */
export const linkHandlers = {
  // Client.cpp process_create_chat_invite_link_query; TDLib export_dialog_invite_link checks the
  // member limit before the rights.
  createChatInviteLink(ctx, p) {
    const settings = settingsOf(p);
    const chat = chatOf(ctx, p, 'chat_id');
    if (settings.creates_join_request && settings.member_limit > 0) throw fail('memberLimitWithApproval');
    manageable(ctx, chat);
    return linkJson(ctx.world, chat, addLink(ctx.world, chat, ctx.bot.id, settings));
  },

  // Client.cpp process_edit_chat_invite_link_query; TDLib edit_dialog_invite_link checks the
  // rights first. Every setting is replaced (absent ones become 0 / false).
  editChatInviteLink(ctx, p) {
    const settings = settingsOf(p);
    const chat = chatOf(ctx, p, 'chat_id');
    manageable(ctx, chat);
    if (settings.creates_join_request && settings.member_limit > 0) throw fail('memberLimitWithApproval');
    const link = existing(chat, p);
    if (link.subscription_period) throw fail('inviteLinkInvalid');
    Object.assign(link, settings);
    return linkJson(ctx.world, chat, link);
  },

  // Client.cpp process_revoke_chat_invite_link_query: the revoked link is the answer; revoking
  // the primary link makes a new primary one.
  revokeChatInviteLink(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    manageable(ctx, chat);
    const link = existing(chat, p);
    if (link.is_primary) {
      replacePrimary(ctx.world, chat, ctx.bot.id);
      link.is_primary = true;
    }
    link.is_revoked = true;
    return linkJson(ctx.world, chat, link);
  },

  // Client.cpp process_export_chat_invite_link_query: a new primary link, as a plain string.
  exportChatInviteLink(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    manageable(ctx, chat);
    return replacePrimary(ctx.world, chat, ctx.bot.id).invite_link;
  },

  // Client.cpp process_create_chat_subscription_invite_link_query; TDLib refuses an empty
  // pricing. The emulator has no channels: subscription links work in its supergroups.
  createChatSubscriptionInviteLink(ctx, p) {
    const name = cleanName(p.str('name') ?? '', NAME_LENGTH);
    const period = integerArg(p.str('subscription_period'), 0, 0, 1_000_000_000);
    const price = integerArg(p.str('subscription_price'), 0, 0, 1_000_000);
    const chat = chatOf(ctx, p, 'chat_id');
    if (period <= 0 || price <= 0) throw fail('subscriptionPricing');
    manageable(ctx, chat);
    const link = addLink(ctx.world, chat, ctx.bot.id, { name, subscription_period: period, subscription_price: price });
    return linkJson(ctx.world, chat, link);
  },

  // Client.cpp process_edit_chat_subscription_invite_link_query: only the name changes.
  editChatSubscriptionInviteLink(ctx, p) {
    const name = cleanName(p.str('name') ?? '', NAME_LENGTH);
    const chat = chatOf(ctx, p, 'chat_id');
    manageable(ctx, chat);
    const link = existing(chat, p);
    if (!link.subscription_period) throw fail('inviteLinkInvalid');
    link.name = name;
    return linkJson(ctx.world, chat, link);
  },
} satisfies HandlerTable;
