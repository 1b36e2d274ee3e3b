import { describe, expectTypeOf, it } from 'vitest';
import type { Client } from '../client/types.js';
import { sendMessage } from '../methods/sendMessage.js';
import type { ForceReply, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from '../types/botApi.js';
import type { Params } from '../types/methods.js';
import { InlineKeyboard } from './inlineKeyboard.js';
import type { Keyboard } from './keyboard.js';
import { keyboardFromButtons } from './keyboardFromButtons.js';
import { forceReply, removeKeyboard } from './markup.js';
import { ReplyKeyboard } from './replyKeyboard.js';

type ReplyMarkup = NonNullable<Params<'sendMessage'>['reply_markup']>;

describe('keyboard types', () => {
  it('builders are assignable to the Bot API markup types', () => {
    expectTypeOf(new InlineKeyboard().text('A')).toExtend<InlineKeyboardMarkup>();
    expectTypeOf(new ReplyKeyboard().text('A').resized()).toExtend<ReplyKeyboardMarkup>();
    expectTypeOf(removeKeyboard()).toEqualTypeOf<ReplyKeyboardRemove>();
    expectTypeOf(forceReply()).toEqualTypeOf<ForceReply>();
    expectTypeOf<InlineKeyboard>().not.toExtend<ReplyKeyboardMarkup>();
    expectTypeOf<ReplyKeyboard>().not.toExtend<InlineKeyboardMarkup>();
  });

  it("builders are accepted as sendMessage's reply_markup", () => {
    expectTypeOf<InlineKeyboard>().toExtend<ReplyMarkup>();
    expectTypeOf<ReplyKeyboard>().toExtend<ReplyMarkup>();
    const client = {} as Client;
    const send = (reply_markup: ReplyMarkup) => sendMessage(client, { chat_id: 1, text: 'x', reply_markup });
    expectTypeOf(send).toBeFunction();
    expectTypeOf(sendMessage).toBeCallableWith(client, {
      chat_id: 1,
      text: 'Hi',
      reply_markup: keyboardFromButtons(['New topic', 'Call me!']),
    });
    expectTypeOf(sendMessage).toBeCallableWith(client, {
      chat_id: 1,
      text: 'Hi',
      reply_markup: new InlineKeyboard().url('a', 'b'),
    });
    expectTypeOf<InlineKeyboard>().toExtend<NonNullable<Params<'editMessageReplyMarkup'>['reply_markup']>>();
    expectTypeOf<ReplyKeyboard>().not.toExtend<NonNullable<Params<'editMessageReplyMarkup'>['reply_markup']>>();
  });

  it('every call returns the same builder type', () => {
    const inline = new InlineKeyboard();
    expectTypeOf(inline.text('a').url('b', 'c').row().columns(2).forceReply().pay('p')).toEqualTypeOf<InlineKeyboard>();
    expectTypeOf(InlineKeyboard.from([[{ text: 'a', callback_data: 'a' }]])).toEqualTypeOf<InlineKeyboard>();
    const reply = new ReplyKeyboard();
    expectTypeOf(
      reply.requestContact('a').row().resized().oneTime().placeholder('p').selected(),
    ).toEqualTypeOf<ReplyKeyboard>();
    expectTypeOf(ReplyKeyboard.from([['a', { text: 'b', request_location: true }]])).toEqualTypeOf<ReplyKeyboard>();
    expectTypeOf<InlineKeyboard>().toExtend<Keyboard<unknown>>();
  });

  it('keyboardFromButtons returns the kind asked for', () => {
    expectTypeOf(keyboardFromButtons(['a'])).toEqualTypeOf<ReplyKeyboard>();
    expectTypeOf(keyboardFromButtons(['a'], { column: false })).toEqualTypeOf<ReplyKeyboard>();
    expectTypeOf(keyboardFromButtons(['a'], { inline: true })).toEqualTypeOf<InlineKeyboard>();
    expectTypeOf(keyboardFromButtons(['a'], { inline: false })).toEqualTypeOf<ReplyKeyboard>();
    const inline = Math.random() > 0.5;
    expectTypeOf(keyboardFromButtons(['a'], { inline })).toEqualTypeOf<InlineKeyboard | ReplyKeyboard>();
  });

  it('refuses wrong buttons and options at compile time', () => {
    // @ts-expect-error: a reply button in an inline keyboard
    InlineKeyboard.from([[{ text: 'a', request_contact: true }]]);
    // @ts-expect-error: an inline button in a reply keyboard
    ReplyKeyboard.from([[{ text: 'a', callback_data: 'a' }]]);
    // @ts-expect-error: not a style
    new InlineKeyboard().text('a', 'a', { style: 'red' });
    // @ts-expect-error: request_users needs a request_id
    new ReplyKeyboard().requestUsers('a', { max_quantity: 2 });
    // @ts-expect-error: a poll type is "quiz" or "regular"
    new ReplyKeyboard().requestPoll('a', 'survey');
    // @ts-expect-error: the rows are not replaced by assignment
    new InlineKeyboard().inline_keyboard = [];
  });
});
