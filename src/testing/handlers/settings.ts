import type { ChatFullInfo, UserFromGetMe } from '../../types/botApi.js';
import { groupInfo } from '../state/chatInfo.js';
import { lastPinned } from '../state/messages.js';
import type { ChatState, Json } from '../state/types.js';
import type { HandlerTable } from './context.js';
import { chatOf } from './resolve.js';

function chatFullInfo(chat: ChatState): ChatFullInfo {
  const out: Json = { ...chat.json, accent_color_id: 0, max_reaction_count: 11, ...groupInfo(chat) };
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

/** The bot itself and `getChat` (invite links are in `links.ts`, chat settings in `chatSettings.ts`). @internal */
export const settingsHandlers = {
  getMe: (ctx) => ctx.bot.me as unknown as UserFromGetMe,
  logOut: () => true,
  close: () => true,

  getChat: (ctx, p) => chatFullInfo(chatOf(ctx, p, 'chat_id', 'read')),
} satisfies HandlerTable;
