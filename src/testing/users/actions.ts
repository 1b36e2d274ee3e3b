import type { Message } from '../../types/botApi.js';
import type { Delivery } from '../delivery/index.js';
import { editMessage, messageCopy, storeMessage } from '../state/messages.js';
import type { BotState, ChatState, Json, Stored, World } from '../state/types.js';
import { nextId, unixTime } from '../state/world.js';
import * as check from './coerce.js';
import { chatOfMessage, placeFor, tell as tellBots } from './common.js';

const COMMAND = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/;

/**
 * What users do: write, edit, press buttons (media, topics, membership and the rest are in
 * files of their own). Each action changes state and
 * hands the resulting update to the delivery module, which decides which bots get it.
 * @internal
 */
export function createActions(world: World, delivery: Delivery, first: () => BotState) {
  const tell = (chat: ChatState, stored: Stored, kind?: 'message' | 'edited_message') =>
    tellBots(delivery, chat, stored, kind);

  function userSends(user: unknown, text: unknown, target?: unknown): Message {
    const helper = 'userSends';
    const from = check.userOf(world, helper, 'user', user);
    const hint = typeof text === 'number' ? ' (the chat goes in the third argument: { chat_id })' : '';
    const body = check.text(helper, 'text', text, hint);
    const { chat, replyTo, thread } = placeFor(world, helper, from, target, first(), 'can_send_messages');
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
    const { chat, stored } = chatOfMessage(world, helper, 'message', message);
    const body = check.text(helper, 'text', text);
    if (stored.senderId !== from.id || typeof stored.msg.text !== 'string') {
      throw new Error(`${helper}: a user can edit only the text of their own messages`);
    }
    editMessage(stored, { text: body, entities: undefined, edit_date: unixTime(world) });
    tell(chat, stored, 'edited_message');
    return messageCopy(stored);
  }

  function userPresses(user: unknown, message: unknown, button: unknown): string {
    const helper = 'userPresses';
    const from = check.userOf(world, helper, 'user', user);
    const { chat, stored } = chatOfMessage(world, helper, 'message', message);
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

  return { userSends, userEdits, userPresses };
}
