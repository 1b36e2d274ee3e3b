import type { Message, ReplyKeyboardMarkup, Update } from '../../types/botApi.js';
import type { Delivery } from '../delivery/index.js';
import { groupByUsername, privateChat } from '../state/chats.js';
import { messageCopy } from '../state/messages.js';
import { ICON_COLORS } from '../state/topics.js';
import type { BotState, ChatState, World } from '../state/types.js';
import type { CallbackAnswer, EmulatedTopic } from '../types.js';
import * as check from './coerce.js';

/**
 * The helpers that read state back for a test: topics, messages, the reply keyboard, callback
 * answers and pending updates. They hand out copies: later changes do not alter them.
 * @internal
 */
export function createInspect(world: World, delivery: Delivery, first: () => BotState) {
  /** A group, or the private chat of the bot with a user (`undefined` when the user never wrote). */
  function chatFor(helper: string, chat: unknown, bot: unknown): ChatState | undefined {
    const key = check.chatKey(helper, 'chat', chat);
    if ('username' in key) {
      const group = groupByUsername(world, key.username);
      if (!group) throw new Error(`${helper}: no group @${key.username}`);
      return group;
    }
    if (key.id < 0) return check.groupOf(world, helper, 'chat', chat);
    const user = check.userOf(world, helper, 'chat', key.id);
    return privateChat(world, check.botOf(world, helper, 'bot', bot, first()), user, false);
  }

  function topics(chat: unknown): EmulatedTopic[] {
    const group = check.groupOf(world, 'topics', 'chat', chat);
    const general: EmulatedTopic = {
      message_thread_id: 1,
      name: group.general.name,
      icon_color: ICON_COLORS[0]!,
      is_general: true,
      is_closed: group.general.closed,
      is_hidden: group.general.hidden,
    };
    const list = [...group.topics.values()].map((t) => {
      const topic: EmulatedTopic = {
        message_thread_id: t.id,
        name: t.name,
        icon_color: t.icon_color,
        is_general: false,
        is_closed: t.closed,
        is_hidden: false,
      };
      if (t.icon_custom_emoji_id !== undefined) topic.icon_custom_emoji_id = t.icon_custom_emoji_id;
      return topic;
    });
    return group.forum ? [general, ...list] : list;
  }

  function messages(chat: unknown, thread?: unknown, bot?: unknown): Message[] {
    const found = chatFor('messages', chat, bot);
    const id = check.threadId('messages', 'thread', thread);
    const out: Message[] = [];
    for (const stored of found?.messages.values() ?? []) {
      if (id === undefined || stored.thread === id) out.push(messageCopy(stored));
    }
    return out;
  }

  function keyboard(chat: unknown, bot?: unknown): ReplyKeyboardMarkup | undefined {
    const shown = chatFor('keyboard', chat, bot)?.replyKeyboard;
    return shown === undefined ? undefined : structuredClone(shown);
  }

  function callbackAnswer(queryId: unknown): CallbackAnswer | undefined {
    const valid = typeof queryId === 'string' || (typeof queryId === 'number' && Number.isSafeInteger(queryId));
    if (!valid)
      throw check.argumentError('callbackAnswer', 'queryId', 'a callback query id (string or number)', queryId);
    const query = world.callbacks.get(String(queryId));
    if (!query) throw new Error(`callbackAnswer: no callback query ${String(queryId)}; userPresses() returns the id`);
    return query.answer === undefined ? undefined : { ...query.answer };
  }

  function pendingUpdates(bot?: unknown): Update[] {
    const target = check.botOf(world, 'pendingUpdates', 'bot', bot, first());
    return structuredClone(delivery.pending(target)) as unknown as Update[];
  }

  return { topics, messages, keyboard, callbackAnswer, pendingUpdates };
}
