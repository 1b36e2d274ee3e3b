import type { AdminRights, BotState, ChatState, Stored, World } from '../state/types.js';
import { unixTime } from '../state/world.js';

/**
 * The service messages a bot is told about although it caused them itself, by their Bot API
 * field: telegram-bot-api/Client.cpp `Client::need_skip_update_message` skips every outgoing
 * message except these kinds (chat title and photo changes, a member removed, a pin, proximity
 * alerts, video chats, forum topic created/edited/closed/reopened, General hidden/unhidden,
 * giveaways, refunds, suggested posts). Its own ordinary messages never reach a bot.
 * @internal
 */
export const OWN_SERVICE_KINDS: readonly string[] = [
  'new_chat_title',
  'new_chat_photo',
  'delete_chat_photo',
  'left_chat_member',
  'pinned_message',
  'proximity_alert_triggered',
  'video_chat_scheduled',
  'video_chat_started',
  'video_chat_ended',
  'video_chat_participants_invited',
  'forum_topic_created',
  'forum_topic_edited',
  'forum_topic_closed',
  'forum_topic_reopened',
  'general_forum_topic_hidden',
  'general_forum_topic_unhidden',
  'giveaway_created',
  'giveaway',
  'giveaway_winners',
  'giveaway_completed',
  'refunded_payment',
  'suggested_post_approval_failed',
  'suggested_post_approved',
  'suggested_post_declined',
  'suggested_post_paid',
  'suggested_post_refunded',
];

/** A day: messages (or edits) older than this are never delivered (`need_skip_update_message`). */
const DAY = 86_400;

/**
 * The bots that get a message (new or edited) of a chat:
 * - none when the message (or its last edit) is a day old or older (Client.cpp `need_skip_update_message`);
 * - a bot's own message: only the service messages of {@link OWN_SERVICE_KINDS}, to that bot;
 *   other bots never see a bot's messages (Telegram's rule, documented at
 *   https://core.telegram.org/bots/faq#why-doesn-39t-my-bot-see-messages-from-other-bots);
 * - a private chat: its bot;
 * - a supergroup: the member bots; a bot that left or was banned gets nothing but the removal of
 *   itself (`need_skip_update_message`); a plain member with privacy mode on only what addresses it.
 * @internal
 */
export function chatAudience(world: World, chat: ChatState, stored: Stored): BotState[] {
  const msg = stored.msg;
  const date = (msg.edit_date ?? msg.date) as number;
  if (date <= unixTime(world) - DAY) return [];
  const sender = world.botsById.get(stored.senderId);
  if (sender) {
    const own = stored.service && OWN_SERVICE_KINDS.some((kind) => msg[kind] !== undefined);
    return own && sees(sender, chat, stored) ? [sender] : [];
  }
  if (chat.type === 'private') {
    const bot = world.botsById.get(chat.botId ?? 0);
    return bot ? [bot] : [];
  }
  return [...world.bots.values()].filter((bot) => sees(bot, chat, stored));
}

/**
 * The bots told of what only administrators see (reactions, join requests): a private chat's
 * bot; in a group, the administrator bots (with `right`, when given).
 * @internal
 */
export function adminAudience(world: World, chat: ChatState, right?: keyof AdminRights): BotState[] {
  if (chat.type === 'private') {
    const bot = world.botsById.get(chat.botId ?? 0);
    return bot ? [bot] : [];
  }
  return [...world.bots.values()].filter((bot) => {
    const member = chat.members.get(bot.id);
    return member?.status === 'administrator' && (right === undefined || member.rights[right]);
  });
}

/** Whether a bot in a group may see a message: membership, then privacy mode. */
function sees(bot: BotState, chat: ChatState, stored: Stored): boolean {
  if (chat.type === 'private') return chat.botId === bot.id;
  const member = chat.members.get(bot.id);
  if (!member || member.status === 'left' || member.status === 'kicked') {
    const left = stored.msg.left_chat_member as { id?: number } | undefined;
    return left?.id === bot.id;
  }
  if (member.status !== 'member' || bot.me.can_read_all_group_messages) return true;
  return addressed(bot, stored);
}

/**
 * Privacy mode (Telegram's rule, not in the source: https://core.telegram.org/bots/features#privacy-mode):
 * a bot that is a plain member sees only commands, mentions of it, replies to its own messages
 * and service messages.
 */
function addressed(bot: BotState, stored: Stored): boolean {
  const msg = stored.msg;
  if (stored.service) return true;
  const text = typeof msg.text === 'string' ? msg.text : typeof msg.caption === 'string' ? msg.caption : '';
  if (text.startsWith('/')) return true;
  if (text.toLowerCase().includes(`@${bot.user.username.toLowerCase()}`)) return true;
  const replied = msg.reply_to_message as { from?: { id?: number }; forum_topic_created?: unknown } | undefined;
  return replied?.from?.id === bot.id && replied.forum_topic_created === undefined;
}
