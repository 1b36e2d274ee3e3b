import type { Delivery } from '../delivery/index.js';
import { hasRight, NO_RIGHTS, privateChat } from '../state/chats.js';
import { memberPermissions } from '../state/members.js';
import { isClosed } from '../state/topics.js';
import type { BotState, ChatState, Permissions, Stored, UserJson, World } from '../state/types.js';
import type { SendTarget } from '../types.js';
import * as check from './coerce.js';

/**
 * What the helpers of users share: where a user writes (a group, joined if needed, or the
 * private chat with a bot), in which topic, whether they may, and the message a reference names.
 * Refusals are `Error`s naming the helper (the `TypeError`s of bad arguments are in coerce.ts).
 * @module
 * @internal
 */

/** Tells the bots of a chat about a user's message (new or edited). @internal */
export function tell(
  delivery: Delivery,
  chat: ChatState,
  stored: Stored,
  kind: 'message' | 'edited_message' = 'message',
): void {
  delivery.deliver({ kind, payload: stored.msg }, { to: 'chat', chat, message: stored });
}

/**
 * The chat a user writes in: a group (a user who is not in it joins silently, as the helpers
 * always did; a banned user is refused), or their private chat with a bot (refused while they
 * block it).
 * @internal
 */
function chatFor(world: World, helper: string, from: UserJson, target: SendTarget, bot: BotState): ChatState {
  if (target.chat_id === undefined) return privateFor(world, helper, from, bot);
  const key = check.chatKey(helper, 'target.chat_id', target.chat_id);
  if ('id' in key && key.id > 0) {
    if (key.id !== from.id) {
      throw new TypeError(
        `${helper}: target.chat_id ${key.id} is another user's private chat; omit it to write to the bot`,
      );
    }
    return privateFor(world, helper, from, bot);
  }
  const chat = check.groupOf(world, helper, 'target.chat_id', target.chat_id);
  const member = chat.members.get(from.id);
  if (member?.status === 'kicked') throw new Error(`${helper}: user ${from.id} is banned from chat ${chat.id}`);
  if (member === undefined || member.status === 'left') {
    chat.members.set(from.id, { user: from, status: 'member', rights: NO_RIGHTS });
  } else if (member.status === 'restricted' && member.is_member === false) {
    chat.members.set(from.id, { ...member, is_member: true });
  }
  return chat;
}

/** The private chat of a user with a bot, created on first use; refused while the user blocks the bot. @internal */
export function privateFor(world: World, helper: string, user: UserJson, bot: BotState): ChatState {
  const chat = privateChat(world, bot, user, true)!;
  if (chat.blocked) {
    throw new Error(`${helper}: user ${user.id} has blocked @${bot.user.username}; call userUnblocksBot() first`);
  }
  return chat;
}

/**
 * Whether a user may do something a permission governs in a group: the owner and administrators
 * always, others by their own restrictions or the chat's permissions. An `Error` otherwise.
 * @internal
 */
export function checkPermission(helper: string, chat: ChatState, user: UserJson, permission: keyof Permissions): void {
  if (chat.type === 'private') return;
  const member = chat.members.get(user.id);
  if (member?.status === 'creator' || member?.status === 'administrator') return;
  if (!memberPermissions(chat, member)[permission]) {
    throw new Error(`${helper}: user ${user.id} may not do this in chat ${chat.id} (${permission} is false)`);
  }
}

/**
 * The topic a user's message goes to: the one given, else the replied message's, else General
 * (0 outside forums). An unknown topic is an `Error`, a closed one too unless the user manages
 * topics; a thread in a chat without topics is a `TypeError`.
 * @internal
 */
function threadFor(
  helper: string,
  chat: ChatState,
  from: UserJson,
  given: number | undefined,
  replyTo: Stored | undefined,
): number {
  if (!chat.forum) {
    if (given === undefined) return 0;
    const where =
      chat.type === 'private'
        ? 'the private chat has no topics (the bot needs has_topics_enabled); pass target.chat_id for a forum'
        : `chat ${chat.id} is not a forum`;
    throw new TypeError(`${helper}: target.message_thread_id given, but ${where}`);
  }
  const thread = given ?? replyTo?.thread ?? 1;
  if (thread !== 1 && !chat.topics.has(thread)) throw new Error(`${helper}: no topic ${thread} in chat ${chat.id}`);
  if (isClosed(chat, thread) && !hasRight(chat, from.id, 'can_manage_topics')) {
    throw new Error(`${helper}: TOPIC_CLOSED (topic ${thread} is closed)`);
  }
  return thread;
}

/** Where a user's message goes: the chat, the message it replies to and the topic. @internal */
export interface Place {
  chat: ChatState;
  replyTo: Stored | undefined;
  thread: number;
}

/** The options a helper that sends as a user takes after its content. */
const TARGET_OPTIONS = ['chat_id', 'message_thread_id', 'reply_to_message_id', 'bot'];

/**
 * Where a user's message goes, from a helper's `target` argument (`chat_id`, `message_thread_id`,
 * `reply_to_message_id`, `bot`; default the private chat with the first bot), checked in the
 * order the helpers share: the options, the bot, the chat, the user's `permission` there, the
 * reply, the topic.
 * @internal
 */
export function placeFor(
  world: World,
  helper: string,
  from: UserJson,
  target: unknown,
  firstBot: BotState,
  permission: keyof Permissions,
): Place {
  const opts = check.options<SendTarget>(helper, 'target', target, TARGET_OPTIONS);
  const bot = check.botOf(world, helper, 'target.bot', opts.bot, firstBot);
  const chat = chatFor(world, helper, from, opts, bot);
  checkPermission(helper, chat, from, permission);
  const replyTo = replyFor(helper, chat, opts.reply_to_message_id);
  const given = check.threadId(helper, 'target.message_thread_id', opts.message_thread_id);
  return { chat, replyTo, thread: threadFor(helper, chat, from, given, replyTo) };
}

/** The message replied to: its id or the message, in the same chat. @internal */
function replyFor(helper: string, chat: ChatState, reply: unknown): Stored | undefined {
  if (reply === undefined) return undefined;
  const id = check.messageId(helper, 'target.reply_to_message_id', reply, chat.id);
  const stored = chat.messages.get(id);
  if (!stored) throw new Error(`${helper}: no message ${id} in chat ${chat.id}`);
  return stored;
}

/** The chat (group, or a private chat with any bot) that holds a message. @internal */
export function chatOfMessage(
  world: World,
  helper: string,
  arg: string,
  message: unknown,
): { chat: ChatState; stored: Stored } {
  const { chatId, messageId } = check.messageKey(helper, arg, message);
  let chat: ChatState | undefined;
  if (chatId < 0) chat = world.chats.get(chatId);
  else for (const c of world.privates.values()) if (c.id === chatId && c.messages.has(messageId)) chat = c;
  const stored = chat?.messages.get(messageId);
  if (!chat || !stored) throw new Error(`${helper}: no message ${messageId} in chat ${chatId}`);
  return { chat, stored };
}
