import { expect } from 'vitest';
import type { Case, Fixture } from '../runner.js';

// Reply markup: read by Client.cpp (`Client::get_reply_markup` and the button readers), rebuilt
// by TDLib (td/telegram/ReplyMarkup.cpp `get_reply_markup`), echoed for inline keyboards only.

const READ = 'Client.cpp Client::get_reply_markup';
const REBUILD = 'td/telegram/ReplyMarkup.cpp get_reply_markup';

const send =
  (markup: unknown, chat: (f: Fixture) => number = (f) => f.forum) =>
  (f: Fixture) => ({
    chat_id: chat(f),
    text: 'x',
    reply_markup: markup,
  });
const toAnn = (f: Fixture) => f.ann;

/** The reply keyboard the emulator shows in a chat (emulator.keyboard), after a send. */
const shown =
  (expected: unknown, chat: (f: Fixture) => number = (f) => f.forum) =>
  (_: unknown, f: Fixture) =>
    expect(f.emulator.keyboard(chat(f))).toEqual(expected);

export const markupCases: Case[] = [
  {
    name: 'an inline keyboard is echoed with the fields Telegram knows only',
    cite: 'Client.cpp JsonInlineKeyboardButton',
    method: 'sendMessage',
    params: send({ inline_keyboard: [[{ text: 'A', callback_data: 'a', hide: false, extra: 1 }]] }),
    check: (result) =>
      expect((result as { reply_markup: unknown }).reply_markup).toEqual({
        inline_keyboard: [[{ text: 'A', callback_data: 'a' }]],
      }),
  },
  {
    name: 'an object with no known keyboard field is no markup',
    cite: READ,
    method: 'sendMessage',
    params: send({ hide: false }),
    check: (result) => expect(result).not.toHaveProperty('reply_markup'),
  },
  {
    name: 'remove_keyboard: false is no markup',
    cite: READ,
    method: 'sendMessage',
    setup: (f) => f.ok('sendMessage', send({ keyboard: [['a']] })(f)),
    params: send({ remove_keyboard: false }),
    check: shown({ keyboard: [[{ text: 'a' }]] }),
  },
  {
    name: 'hide_keyboard removes a keyboard like remove_keyboard',
    cite: READ,
    method: 'sendMessage',
    setup: (f) => f.ok('sendMessage', send({ keyboard: [['a']] })(f)),
    params: send({ hide_keyboard: true }),
    check: shown(undefined),
  },
  {
    name: 'a keyboard whose rows are empty is no markup',
    cite: REBUILD,
    method: 'sendMessage',
    params: send({ keyboard: [[]] }),
    check: shown(undefined),
  },
  {
    name: 'string buttons become text buttons; unknown keys are dropped',
    cite: 'Client.cpp Client::get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [['a', { text: 'b', color: 'red' }]], one_time_keyboard: true, foo: 1 }),
    check: shown({ keyboard: [[{ text: 'a' }, { text: 'b' }]], one_time_keyboard: true }),
  },
  {
    name: 'personal_keyboard is read as selective',
    cite: READ,
    method: 'sendMessage',
    params: send({ keyboard: [['a']], personal_keyboard: true }),
    check: shown({ keyboard: [[{ text: 'a' }]], selective: true }),
  },
  {
    name: 'a button with an empty text is skipped',
    cite: REBUILD,
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: '' }, 'b']] }),
    check: shown({ keyboard: [[{ text: 'b' }]] }),
  },
  {
    name: 'a row keeps at most 12 buttons',
    cite: REBUILD,
    method: 'sendMessage',
    params: send({ keyboard: [Array.from({ length: 14 }, (_, i) => `b${i}`)] }),
    check: (_, f) => expect(f.emulator.keyboard(f.forum)?.keyboard[0]).toHaveLength(12),
  },
  {
    name: 'request_contact outside a private chat',
    cite: 'td/telegram/ReplyMarkup.cpp get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'phone', request_contact: true }]] }),
    error: 'Bad Request: phone number can be requested in private chats only',
  },
  {
    name: 'request_location outside a private chat',
    cite: 'td/telegram/ReplyMarkup.cpp get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'where', request_location: true }]] }),
    error: 'Bad Request: location can be requested in private chats only',
  },
  {
    name: 'request_poll outside a private chat',
    cite: 'td/telegram/ReplyMarkup.cpp get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'poll', request_poll: {} }]] }),
    error: 'Bad Request: poll can be requested in private chats only',
  },
  {
    name: 'a Web App reply button outside a private chat',
    cite: 'td/telegram/ReplyMarkup.cpp get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'app', web_app: { url: 'https://example.com' } }]] }),
    error: 'Bad Request: web App buttons can be used in private chats only',
  },
  {
    name: 'request_users outside a private chat',
    cite: 'td/telegram/ReplyMarkup.cpp get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'who', request_users: { request_id: 1 } }]] }),
    error: 'Bad Request: users can be requested in private chats only',
  },
  {
    name: 'request_chat outside a private chat',
    cite: 'td/telegram/ReplyMarkup.cpp get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'which', request_chat: { request_id: 1, chat_is_channel: false } }]] }),
    error: 'Bad Request: chats can be requested in private chats only',
  },
  {
    name: 'request_contact in a private chat; selective is dropped there',
    cite: 'td/telegram/ReplyMarkup.cpp get_reply_markup',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'phone', request_contact: true }]], selective: true }, toAnn),
    check: shown({ keyboard: [[{ text: 'phone', request_contact: true }]] }, toAnn),
  },
  {
    name: 'request_phone_number is read as request_contact',
    cite: 'Client.cpp Client::get_keyboard_button_type',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'phone', request_phone_number: true }]] }, toAnn),
    check: shown({ keyboard: [[{ text: 'phone', request_contact: true }]] }, toAnn),
  },
  {
    name: 'request_poll keeps its type',
    cite: 'td/telegram/ReplyMarkup.cpp get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [[{ text: 'poll', request_poll: { type: 'quiz' } }]] }, toAnn),
    check: shown({ keyboard: [[{ text: 'poll', request_poll: { type: 'quiz' } }]] }, toAnn),
  },
  {
    name: 'an inline URL is normalised (example.com becomes http://example.com/)',
    cite: 'td/telegram/ReplyMarkup.cpp get_inline_keyboard_button',
    method: 'sendMessage',
    params: send({ inline_keyboard: [[{ text: 'site', url: 'example.com' }]] }),
    result: { reply_markup: { inline_keyboard: [[{ text: 'site', url: 'http://example.com/' }]] } },
  },
  {
    name: 'an inline URL with an unsupported scheme',
    cite: 'td/telegram/ReplyMarkup.cpp get_inline_keyboard_button',
    method: 'sendMessage',
    params: send({ inline_keyboard: [[{ text: 'site', url: 'ftp://example.com' }]] }),
    error: "Bad Request: inline keyboard button URL 'ftp://example.com' is invalid: Unsupported URL protocol",
  },
  {
    name: 'an inline button without an action',
    cite: 'Client.cpp Client::get_inline_keyboard_button_type',
    method: 'sendMessage',
    params: send({ inline_keyboard: [[{ text: 'A' }]] }),
    error: "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
  },
  {
    name: 'an inline button with an empty callback_data only',
    cite: 'Client.cpp Client::get_inline_keyboard_button_type',
    method: 'sendMessage',
    params: send({ inline_keyboard: [[{ text: 'A', callback_data: '' }]] }),
    error: "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
  },
  {
    name: 'an inline button that is not an object',
    cite: 'Client.cpp Client::get_inline_keyboard_button',
    method: 'sendMessage',
    params: send({ inline_keyboard: [['A']] }),
    error: "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object",
  },
  {
    name: 'a keyboard button that is a number',
    cite: 'Client.cpp Client::get_keyboard_button',
    method: 'sendMessage',
    params: send({ keyboard: [[1]] }),
    error: "Bad Request: can't parse keyboard button: KeyboardButton must be a String or an Object",
  },
  {
    name: 'keyboard rows that are not arrays',
    cite: READ,
    method: 'sendMessage',
    params: send({ keyboard: ['a'] }),
    error: 'Bad Request: field "keyboard" must be an Array of Arrays',
  },
  {
    name: 'inline_keyboard rows that are not arrays',
    cite: READ,
    method: 'sendMessage',
    params: send({ inline_keyboard: [{}] }),
    error: 'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
  },
  {
    name: 'keyboard that is not an array',
    cite: 'tdutils/td/utils/JsonBuilder.cpp JsonObject::extract_optional_field',
    method: 'sendMessage',
    params: send({ keyboard: 'a' }),
    error: 'Bad Request: field "keyboard" must be of type Array',
  },
  {
    name: 'a flag that is not a Boolean',
    cite: READ,
    method: 'sendMessage',
    params: send({ keyboard: [['a']], one_time_keyboard: 1 }),
    error: 'Bad Request: field "one_time_keyboard" must be of type Boolean',
  },
  {
    name: 'a button style that is not one of the known ones',
    cite: 'Client.cpp Client::get_inline_keyboard_button',
    method: 'sendMessage',
    params: send({ inline_keyboard: [[{ text: 'A', callback_data: 'a', style: 'loud' }]] }),
    error: "Bad Request: can't parse inline keyboard button: invalid button style specified",
  },
  {
    name: 'a button style is read in any case',
    cite: 'Client.cpp Client::get_inline_keyboard_button',
    method: 'sendMessage',
    params: send({ inline_keyboard: [[{ text: 'A', callback_data: 'a', style: 'DANGER' }]] }),
    result: { reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a', style: 'danger' }]] } },
  },
  {
    name: 'an inline button without text',
    cite: 'tdutils/td/utils/JsonBuilder.cpp JsonObject::get_required_string_field',
    method: 'sendMessage',
    params: send({ inline_keyboard: [[{ callback_data: 'a' }]] }),
    error: 'Bad Request: can\'t parse inline keyboard button: Can\'t find field "text"',
  },
  {
    name: 'a non-empty keyboard wins over inline_keyboard',
    cite: READ,
    method: 'sendMessage',
    params: send({ keyboard: [['a']], inline_keyboard: [[{ text: 'B', callback_data: 'b' }]] }),
    check: (result, f) => {
      expect(result).not.toHaveProperty('reply_markup');
      expect(f.emulator.keyboard(f.forum)).toEqual({ keyboard: [[{ text: 'a' }]] });
    },
  },
  {
    name: 'editMessageText with a reply keyboard',
    cite: 'td/telegram/ReplyMarkup.cpp get_inline_reply_markup',
    method: 'editMessageText',
    setup: (f) => f.ok('sendMessage', { chat_id: f.forum, text: 'plain' }),
    params: (f) => ({
      chat_id: f.forum,
      message_id: f.emulator.messages(f.forum).at(-1)?.message_id,
      text: 'new',
      reply_markup: { keyboard: [['a']] },
    }),
    error: 'Bad Request: inline keyboard expected',
  },
  {
    name: 'a message sent with a reply keyboard can never be edited',
    cite: 'td/telegram/MessagesManager.cpp MessagesManager::can_edit_message',
    method: 'editMessageText',
    setup: (f) => f.ok('sendMessage', { chat_id: f.forum, text: 'menu', reply_markup: { keyboard: [['a']] } }),
    params: (f) => ({ chat_id: f.forum, message_id: f.emulator.messages(f.forum).at(-1)?.message_id, text: 'new' }),
    error: "Bad Request: message can't be edited",
  },
  {
    name: 'a message sent with a force reply can never be edited',
    cite: 'td/telegram/MessagesManager.cpp MessagesManager::can_edit_message',
    method: 'editMessageReplyMarkup',
    setup: (f) => f.ok('sendMessage', { chat_id: f.forum, text: 'reply!', reply_markup: { force_reply: true } }),
    params: (f) => ({ chat_id: f.forum, message_id: f.emulator.messages(f.forum).at(-1)?.message_id }),
    error: "Bad Request: message can't be edited",
  },
  {
    name: 'editMessageReplyMarkup replaces an inline keyboard, rebuilt',
    cite: 'td/telegram/MessagesManager.cpp MessagesManager::edit_message_reply_markup',
    method: 'editMessageReplyMarkup',
    setup: (f) =>
      f.ok('sendMessage', {
        chat_id: f.forum,
        text: 'q',
        reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] },
      }),
    params: (f) => ({
      chat_id: f.forum,
      message_id: f.emulator.messages(f.forum).at(-1)?.message_id,
      reply_markup: { inline_keyboard: [[{ text: 'B', url: 'telegram.org' }]] },
    }),
    result: { reply_markup: { inline_keyboard: [[{ text: 'B', url: 'http://telegram.org/' }]] } },
  },
  {
    name: 'sendMediaGroup does not read reply_markup at all',
    cite: 'Client.cpp process_send_media_group_query',
    method: 'sendMediaGroup',
    params: (f) => ({
      chat_id: f.forum,
      media: [
        { type: 'photo', media: 'https://example.com/a.jpg' },
        { type: 'photo', media: 'https://example.com/b.jpg' },
      ],
      reply_markup: '{ not json',
    }),
    check: (result) => expect(result).toHaveLength(2),
  },
];
