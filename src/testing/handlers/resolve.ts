import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { groupByUsername, hasRight, privateChat } from '../state/chats.js';
import type { AdminRights, ChatState, Topic, UserJson } from '../state/types.js';
import type { Context } from './context.js';

/**
 * The chat a parameter names (`chat_id`, `from_chat_id`): a group by id or `@username`, or the
 * private chat with a user who wrote to the bot. The bot must be in a group (Client.cpp
 * `check_chat`; the 403 texts are Telegram's).
 * @internal
 */
export function chatOf<N extends string>(ctx: Context, p: Reader<N>, name: N): ChatState {
  const raw = p.str(name);
  if (raw === undefined || raw.trim() === '') throw fail('parameterEmpty', name);
  let chat: ChatState | undefined;
  const text = raw.trim();
  if (text.startsWith('@')) chat = groupByUsername(ctx.world, text.slice(1));
  else {
    const id = p.int(name) ?? 0;
    if (id > 0) {
      const user = ctx.world.users.get(id);
      if (!user) throw fail('chatNotFound');
      if (user.is_bot) throw fail('botToBot');
      chat = privateChat(ctx.world, ctx.bot, user, false);
      if (!chat) throw fail('cantInitiate');
    } else chat = ctx.world.chats.get(id);
  }
  if (!chat) throw fail('chatNotFound');
  if (chat.type === 'supergroup') {
    const status = chat.members.get(ctx.bot.id)?.status;
    if (status === 'kicked') throw fail('botKicked');
    if (status === undefined || status === 'left') throw fail('botNotMember');
  }
  return chat;
}

/** Whether the calling bot has an administrator right in a chat (always in private chats). @internal */
export function can(ctx: Context, chat: ChatState, right: keyof AdminRights): boolean {
  return hasRight(chat, ctx.bot.id, right);
}

/** A forum for the topic methods; private chats (with topics) only where the method allows them. @internal */
export function forumOf(ctx: Context, p: Reader<'chat_id'>, allowPrivate: boolean): ChatState {
  const chat = chatOf(ctx, p, 'chat_id');
  if (chat.type === 'private' && !allowPrivate) throw fail('notASupergroupForum');
  if (!chat.forum) throw fail('notAForum');
  return chat;
}

/** The topic `message_thread_id` names (not General). @internal */
export function topicOf(chat: ChatState, p: Reader<'message_thread_id'>): Topic {
  const id = p.int('message_thread_id') ?? 0;
  if (id <= 0) throw fail('topicIdInvalid');
  const topic = chat.topics.get(id);
  if (!topic) throw fail('threadNotFound');
  return topic;
}

/** The user `user_id` names. @internal */
export function userOf(ctx: Context, p: Reader<'user_id'>): UserJson {
  const id = p.int('user_id') ?? 0;
  if (id <= 0) throw fail('parameterEmpty', 'user_id');
  const user = ctx.world.users.get(id);
  if (!user) throw fail('userNotFound');
  return user;
}

/** Telegram's `clean_name`: newlines and no-break spaces become spaces, trimmed, cut to 128 characters. @internal */
export function cleanName(raw: string): string {
  const name = raw.replace(/[\n\r\t\u00a0]/g, ' ').trim();
  return Array.from(name).slice(0, 128).join('');
}

/** Pins need `can_pin_messages` (always allowed in private chats). @internal */
export function checkPinRights(ctx: Context, chat: ChatState): void {
  if (!can(ctx, chat, 'can_pin_messages')) throw fail('rightsPin');
}
