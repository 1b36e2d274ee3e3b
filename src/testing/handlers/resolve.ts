import type { Reader } from '../args.js';
import { fail, orFail } from '../failures.js';
import { cleanTopicName } from '../server/names.js';
import { groupByUsername, hasRight, privateChat } from '../state/chats.js';
import type { AdminRights, ChatState, Stored, Topic, UserJson } from '../state/types.js';
import type { Context } from './context.js';

/**
 * What a method needs of a chat (Client.cpp `AccessRights`): `read` lets a bot read a public
 * supergroup (one with a username) it is not a member of; `write` needs membership everywhere.
 * @internal
 */
export type Access = 'read' | 'write';

/**
 * The chat a parameter names (`chat_id`, `from_chat_id`), as `Client::check_chat` resolves it:
 * empty ⇒ `chat_id is empty`; `@username` names a supergroup; a number is read leniently
 * (`td::to_integer`); a positive one is the private chat with a user who wrote to the bot
 * (Telegram answers for the users it never saw and for other bots); then `check_chat_access`:
 * a bot banned from a supergroup, or not a member of it, is refused with 403.
 * @internal
 */
export function chatOf<N extends string>(ctx: Context, p: Reader<N>, name: N, access: Access = 'write'): ChatState {
  return chatByText(ctx, p.str(name) ?? '', access);
}

/** {@link chatOf} for a chat id given as text (a `reply_parameters.chat_id`, a command scope's). @internal */
export function chatByText(ctx: Context, text: string, access: Access = 'write'): ChatState {
  if (text === '') throw fail('parameterEmpty', 'chat_id');
  let chat: ChatState | undefined;
  if (text.startsWith('@')) chat = groupByUsername(ctx.world, text.slice(1));
  else {
    const id = chatIdOf(text);
    if (id > 0) {
      const user = ctx.world.users.get(id);
      if (!user) throw fail('chatNotFound');
      if (user.is_bot) throw fail('botToBot');
      chat = privateChat(ctx.world, ctx.bot, user, false);
      // A user who never wrote to the bot: Telegram refuses to write to them; to read, TDLib
      // does not know the chat.
      if (!chat) throw fail(access === 'write' ? 'cantInitiate' : 'chatNotFound');
    } else chat = ctx.world.chats.get(id);
  }
  if (!chat) throw fail('chatNotFound');
  if (chat.type === 'supergroup') {
    const status = chat.members.get(ctx.bot.id)?.status;
    if (status === 'kicked') throw fail('botKicked');
    const isPublic = chat.username !== undefined;
    if ((status === undefined || status === 'left') && (access === 'write' || !isPublic)) throw fail('botNotMember');
  }
  return chat;
}

/** `td::to_integer<int64>` of a chat id, as a number (chat ids stay below 2^53). */
function chatIdOf(text: string): number {
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  let end = start;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end === start ? 0 : Number(text.slice(0, Math.min(end, 20)));
}

/**
 * `Client::check_message` after the chat: `message_id` 0 or unknown is `message to <verb> not found`.
 * @internal
 */
export function messageOf(p: Reader<'message_id'>, chat: ChatState, verb: string): Stored {
  const id = p.id('message_id');
  const stored = id > 0 ? chat.messages.get(id) : undefined;
  if (!stored) throw fail('messageNotFound', verb);
  return stored;
}

/** Whether the calling bot has an administrator right in a chat (always in private chats). @internal */
export function can(ctx: Context, chat: ChatState, right: keyof AdminRights): boolean {
  return hasRight(chat, ctx.bot.id, right);
}

/**
 * A forum for the topic methods (td/telegram/ForumTopicManager.cpp `is_forum`): a supergroup
 * with topics, or (where the method allows it) the private chat of a bot with topics enabled;
 * otherwise `The chat is not a forum`, or `The chat is not a supergroup forum` for a private chat
 * with topics where the method wants a supergroup.
 * @internal
 */
export function forumOf(ctx: Context, p: Reader<'chat_id'>, allowPrivate: boolean): ChatState {
  const chat = chatOf(ctx, p, 'chat_id');
  if (!chat.forum) throw fail('notAForum');
  if (chat.type === 'private' && !allowPrivate) throw fail('notASupergroupForum');
  return chat;
}

/**
 * The topic `message_thread_id` names (not General): 0 or less is `Invalid forum topic
 * identifier specified` (TDLib `can_be_forum_topic_id`); an unknown one is answered by Telegram
 * (`message thread not found`).
 * @internal
 */
export function topicOf(chat: ChatState, p: Reader<'message_thread_id'>): Topic {
  const id = p.id('message_thread_id');
  if (id <= 0) throw fail('topicIdInvalid');
  const topic = chat.topics.get(id);
  if (!topic) throw fail('threadNotFound');
  return topic;
}

/** The user `user_id` names (`Client::get_user_id`, then a user Telegram knows). @internal */
export function userOf(ctx: Context, p: Reader<'user_id'>): UserJson {
  return knownUser(ctx, userIdOf(p, 'user_id'));
}

/**
 * `Client::get_user_id`: `max(td::to_integer<int64>(<field>), 0)`, and 0 is refused with
 * `Invalid <field> specified` (`field` is `user_id`, or `chat_id` for the menu button methods).
 * @internal
 */
export function userIdOf<N extends string>(p: Reader<N>, field: N): number {
  const id = Math.max(p.int(field) ?? 0, 0);
  if (id === 0) throw fail('invalidUserId', field);
  return id;
}

/** A user Telegram knows (`Client::check_user`), else `user not found`. @internal */
export function knownUser(ctx: Context, id: number): UserJson {
  const user = ctx.world.users.get(id);
  if (!user) throw fail('userNotFound');
  return user;
}

/**
 * A topic name as TDLib keeps it (server/names.ts `cleanTopicName`: control characters, runs of
 * spaces and invisible characters cleaned, cut to 128 characters); may be empty.
 * @internal
 */
export function cleanName(raw: string): string {
  return orFail(cleanTopicName(raw));
}

/** Pins need `can_pin_messages` (always allowed in private chats). @internal */
export function checkPinRights(ctx: Context, chat: ChatState): void {
  if (!can(ctx, chat, 'can_pin_messages')) throw fail('rightsPin');
}
