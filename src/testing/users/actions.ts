import type { Message } from '../../types/botApi.js';
import type { Delivery } from '../delivery/index.js';
import { hasRight, NO_RIGHTS, privateChat } from '../state/chats.js';
import { editMessage, messageCopy, storeMessage } from '../state/messages.js';
import { addTopic, ICON_COLORS, isClosed } from '../state/topics.js';
import type { BotState, ChatState, Json, Stored, UserJson, World } from '../state/types.js';
import { nextId, unixTime } from '../state/world.js';
import type { SendTarget } from '../types.js';
import * as check from './coerce.js';

const TARGET_OPTIONS = ['chat_id', 'message_thread_id', 'reply_to_message_id', 'bot'];
const COMMAND = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/;

/**
 * What users do: write, edit, create topics, press buttons. Each action changes state and
 * hands the resulting update to the delivery module, which decides which bots get it.
 * @internal
 */
export function createActions(world: World, delivery: Delivery, first: () => BotState) {
  /** Tells the bots of a chat about a user's message (new or edited). */
  function tell(chat: ChatState, stored: Stored, kind: 'message' | 'edited_message' = 'message'): void {
    delivery.deliver({ kind, payload: stored.msg }, { to: 'chat', chat, message: stored });
  }

  /** The chat a user writes in: a group (joined if needed) or their private chat with a bot. */
  function chatFor(helper: string, from: UserJson, target: SendTarget, bot: BotState): ChatState {
    if (target.chat_id === undefined) return privateChat(world, bot, from, true)!;
    const key = check.chatKey(helper, 'target.chat_id', target.chat_id);
    if ('id' in key && key.id > 0) {
      if (key.id !== from.id) {
        throw new TypeError(
          `${helper}: target.chat_id ${key.id} is another user's private chat; omit it to write to the bot`,
        );
      }
      return privateChat(world, bot, from, true)!;
    }
    const chat = check.groupOf(world, helper, 'target.chat_id', target.chat_id);
    const status = chat.members.get(from.id)?.status;
    if (status === undefined || status === 'left' || status === 'kicked') {
      chat.members.set(from.id, { user: from, status: 'member', rights: NO_RIGHTS });
    }
    return chat;
  }

  /** The chat (group, or a private chat with any bot) that holds a message. */
  function chatOfMessage(helper: string, arg: string, message: unknown): { chat: ChatState; stored: Stored } {
    const { chatId, messageId } = check.messageKey(helper, arg, message);
    let chat: ChatState | undefined;
    if (chatId < 0) chat = world.chats.get(chatId);
    else for (const c of world.privates.values()) if (c.id === chatId && c.messages.has(messageId)) chat = c;
    const stored = chat?.messages.get(messageId);
    if (!chat || !stored) throw new Error(`${helper}: no message ${messageId} in chat ${chatId}`);
    return { chat, stored };
  }

  function userSends(user: unknown, text: unknown, target?: unknown): Message {
    const helper = 'userSends';
    const from = check.userOf(world, helper, 'user', user);
    const hint = typeof text === 'number' ? ' (the chat goes in the third argument: { chat_id })' : '';
    const body = check.text(helper, 'text', text, hint);
    const opts = check.options<SendTarget>(helper, 'target', target, TARGET_OPTIONS);
    const bot = check.botOf(world, helper, 'target.bot', opts.bot, first());
    const chat = chatFor(helper, from, opts, bot);
    let replyTo: Stored | undefined;
    if (opts.reply_to_message_id !== undefined) {
      const id = check.messageId(helper, 'target.reply_to_message_id', opts.reply_to_message_id, chat.id);
      replyTo = chat.messages.get(id);
      if (!replyTo) throw new Error(`${helper}: no message ${id} in chat ${chat.id}`);
    }
    const given = check.threadId(helper, 'target.message_thread_id', opts.message_thread_id);
    let thread = 0;
    if (chat.forum) {
      thread = given ?? replyTo?.thread ?? 1;
      if (thread !== 1 && !chat.topics.has(thread)) throw new Error(`${helper}: no topic ${thread} in chat ${chat.id}`);
      if (isClosed(chat, thread) && !hasRight(chat, from.id, 'can_manage_topics')) {
        throw new Error(`${helper}: TOPIC_CLOSED (topic ${thread} is closed)`);
      }
    } else if (given !== undefined) {
      const where =
        chat.type === 'private'
          ? 'the private chat has no topics (the bot needs has_topics_enabled); pass target.chat_id for a forum'
          : `chat ${chat.id} is not a forum`;
      throw new TypeError(`${helper}: target.message_thread_id given, but ${where}`);
    }
    const fields: Json = { text: body };
    const command = COMMAND.exec(body);
    if (command) fields.entities = [{ offset: 0, length: command[0].length, type: 'bot_command' }];
    const stored = storeMessage(world, chat, thread, from, fields, { replyTo });
    tell(chat, stored);
    return messageCopy(stored);
  }

  function userEdits(user: unknown, message: unknown, text: unknown): Message {
    const helper = 'userEdits';
    const from = check.userOf(world, helper, 'user', user);
    const { chat, stored } = chatOfMessage(helper, 'message', message);
    const body = check.text(helper, 'text', text);
    if (stored.senderId !== from.id || typeof stored.msg.text !== 'string') {
      throw new Error(`${helper}: a user can edit only the text of their own messages`);
    }
    editMessage(stored, { text: body, entities: undefined, edit_date: unixTime(world) });
    tell(chat, stored, 'edited_message');
    return messageCopy(stored);
  }

  function userCreatesTopic(user: unknown, chat: unknown, name: unknown, options?: unknown): number {
    const helper = 'userCreatesTopic';
    const from = check.userOf(world, helper, 'user', user);
    const group = check.groupOf(world, helper, 'chat', chat);
    const title = check.text(helper, 'name', name);
    if (Array.from(title).length > 128) throw new RangeError(`${helper}: name is longer than 128 characters`);
    const opts = check.options<{ icon_color?: unknown }>(helper, 'options', options, ['icon_color']);
    if (opts.icon_color !== undefined && !ICON_COLORS.includes(opts.icon_color as number)) {
      throw check.argumentError(helper, 'options.icon_color', `one of ${ICON_COLORS.join(', ')}`, opts.icon_color);
    }
    if (!group.forum) throw new Error(`${helper}: chat ${group.id} is not a forum`);
    const color = (opts.icon_color as number | undefined) ?? ICON_COLORS[0]!;
    const { stored } = addTopic(world, group, from, title, color, undefined);
    tell(group, stored);
    return stored.msg.message_id;
  }

  function userPresses(user: unknown, message: unknown, button: unknown): string {
    const helper = 'userPresses';
    const from = check.userOf(world, helper, 'user', user);
    const { chat, stored } = chatOfMessage(helper, 'message', message);
    const wanted = check.text(helper, 'button', button, ' (callback_data or button text)');
    const markup = stored.msg.reply_markup as { inline_keyboard?: Json[][] } | undefined;
    const buttons = (markup?.inline_keyboard ?? []).flat();
    const pressed =
      buttons.find((b) => b.callback_data === wanted) ??
      buttons.find((b) => b.text === wanted && typeof b.callback_data === 'string');
    if (!pressed) {
      throw new Error(`${helper}: no callback button "${wanted}" on message ${stored.msg.message_id}`);
    }
    const bot = world.botsById.get(stored.senderId);
    if (!bot) throw new Error(`${helper}: message ${stored.msg.message_id} was not sent by a bot`);
    const id = String(nextId(world, 'callbackQuery'));
    world.callbacks.set(id, { botId: bot.id, at: world.now(), answer: undefined });
    const query = {
      id,
      from,
      message: stored.msg,
      chat_instance: String(Math.abs(chat.id * 7919) % 9_007_199_254_740_881),
      data: pressed.callback_data,
    };
    delivery.deliver({ kind: 'callback_query', payload: query }, { to: 'bot', bot });
    return id;
  }

  return { userSends, userEdits, userCreatesTopic, userPresses };
}
