import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import type { KeyboardButton, ReplyKeyboardMarkup } from '../types/botApi.js';
import { ReplyKeyboard } from './replyKeyboard.js';

const json = (value: unknown) => JSON.stringify(value);
const golden = (kb: ReplyKeyboard, markup: ReplyKeyboardMarkup) => expect(json(kb)).toBe(json(markup));
const one = (button: KeyboardButton): ReplyKeyboardMarkup => ({ keyboard: [[button]] });

function rejects(build: () => unknown): ValidationError {
  try {
    build();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('ReplyKeyboard: every button kind (golden JSON)', () => {
  const kb = new ReplyKeyboard();

  it('text', () => {
    golden(kb.text('New topic'), one({ text: 'New topic' }));
  });

  it('requestContact and requestLocation', () => {
    golden(kb.requestContact('Share my phone number'), one({ text: 'Share my phone number', request_contact: true }));
    golden(kb.requestLocation('Send my location'), one({ text: 'Send my location', request_location: true }));
  });

  it('requestPoll, of any kind or one kind', () => {
    golden(kb.requestPoll('Poll'), one({ text: 'Poll', request_poll: {} }));
    golden(kb.requestPoll('Quiz', 'quiz'), one({ text: 'Quiz', request_poll: { type: 'quiz' } }));
    golden(kb.requestPoll('Regular', 'regular'), one({ text: 'Regular', request_poll: { type: 'regular' } }));
  });

  it('requestUsers', () => {
    const request_users = {
      request_id: 1,
      user_is_bot: false,
      max_quantity: 10,
      request_name: true,
      request_username: true,
    };
    golden(kb.requestUsers('Add members', request_users), one({ text: 'Add members', request_users }));
  });

  it('requestChat', () => {
    const request_chat = {
      request_id: -2147483648,
      chat_is_channel: false,
      chat_is_forum: true,
      bot_is_member: true,
      bot_administrator_rights: {
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: false,
        can_manage_video_chats: false,
        can_restrict_members: false,
        can_promote_members: false,
        can_change_info: false,
        can_invite_users: false,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_manage_topics: true,
        can_send_welcome_messages: false,
      },
    };
    golden(kb.requestChat('Pick a forum', request_chat), one({ text: 'Pick a forum', request_chat }));
  });

  it('requestManagedBot (Bot API 9.6)', () => {
    const request_managed_bot = { request_id: 2147483647, suggested_name: 'Helper', suggested_username: 'helper_bot' };
    golden(
      kb.requestManagedBot('Create a bot', request_managed_bot),
      one({ text: 'Create a bot', request_managed_bot }),
    );
  });

  it('webApp', () => {
    golden(
      kb.webApp('App', 'https://example.com/app'),
      one({ text: 'App', web_app: { url: 'https://example.com/app' } }),
    );
  });

  it('style and icon_custom_emoji_id on any button', () => {
    golden(kb.text('Stop', { style: 'danger', icon_custom_emoji_id: '5368324170671202286' }), {
      keyboard: [[{ text: 'Stop', style: 'danger', icon_custom_emoji_id: '5368324170671202286' }]],
    });
    golden(
      kb.requestContact('Phone', { style: 'success' }),
      one({ text: 'Phone', request_contact: true, style: 'success' }),
    );
  });

  it('add and from take objects and plain strings', () => {
    golden(kb.add('Yes', { text: 'No' }), { keyboard: [['Yes', { text: 'No' }]] });
    golden(ReplyKeyboard.from([['Yes', 'No'], [], [{ text: 'Phone', request_contact: true }]]), {
      keyboard: [['Yes', 'No'], [{ text: 'Phone', request_contact: true }]],
    });
  });
});

describe('ReplyKeyboard: every option (golden JSON)', () => {
  const kb = new ReplyKeyboard().text('A');
  const rows = [[{ text: 'A' }]];

  it('resized, oneTime, persistent, placeholder, selected, forceReply', () => {
    golden(kb.resized(), { keyboard: rows, resize_keyboard: true });
    golden(kb.oneTime(), { keyboard: rows, one_time_keyboard: true });
    golden(kb.persistent(), { keyboard: rows, is_persistent: true });
    golden(kb.placeholder('Topic name'), { keyboard: rows, input_field_placeholder: 'Topic name' });
    golden(kb.selected(), { keyboard: rows, selective: true });
    golden(kb.forceReply(), { keyboard: rows, force_reply: true });
  });

  it('all at once, in call order', () => {
    golden(kb.persistent().resized().oneTime().placeholder('Pick one').selected().forceReply(), {
      keyboard: rows,
      is_persistent: true,
      resize_keyboard: true,
      one_time_keyboard: true,
      input_field_placeholder: 'Pick one',
      selective: true,
      force_reply: true,
    });
  });

  it('false (or undefined for the placeholder) removes an option, leaving no undefined key', () => {
    const all = kb.persistent().resized().oneTime().placeholder('Pick one').selected().forceReply();
    const none = all
      .persistent(false)
      .resized(false)
      .oneTime(false)
      .placeholder(undefined)
      .selected(false)
      .forceReply(false);
    golden(none, { keyboard: rows });
    expect(Object.keys(none)).toEqual(['keyboard']);
    expect(Object.keys(all)).toHaveLength(7);
  });

  it('an option can be called twice (the option is data, the method stays a method)', () => {
    golden(kb.selected().selected().resized().resized(), { keyboard: rows, selective: true, resize_keyboard: true });
  });

  it('input_field_placeholder is 1-64 characters', () => {
    expect(kb.placeholder('я'.repeat(64)).input_field_placeholder).toHaveLength(64);
    expect(kb.placeholder('🙂'.repeat(64)).input_field_placeholder).toHaveLength(128);
    const e = rejects(() => kb.placeholder('a'.repeat(65)));
    expect(e.field).toBe('input_field_placeholder');
    expect(e.message).toBe('input_field_placeholder must be 1-64 characters');
    expect(rejects(() => kb.placeholder('')).field).toBe('input_field_placeholder');
  });
});

describe('ReplyKeyboard: layout and immutability', () => {
  it('row() and columns(n)', () => {
    golden(new ReplyKeyboard().text('A').text('B').row().text('C'), {
      keyboard: [[{ text: 'A' }, { text: 'B' }], [{ text: 'C' }]],
    });
    expect(
      ReplyKeyboard.from([['1', '2', '3', '4', '5', '6', '7']])
        .columns(3)
        .keyboard.map((r) => r.length),
    ).toEqual([3, 3, 1]);
  });

  it('a base keyboard reused twice stays unchanged, and both derived keyboards are right', () => {
    const base = new ReplyKeyboard().text('Menu').resized();
    const before = json(base);
    const a = base.row().requestContact('Phone').oneTime();
    const b = base.text('Help').placeholder('Ask');
    expect(json(base)).toBe(before);
    golden(base, { keyboard: [[{ text: 'Menu' }]], resize_keyboard: true });
    golden(a, {
      keyboard: [[{ text: 'Menu' }], [{ text: 'Phone', request_contact: true }]],
      resize_keyboard: true,
      one_time_keyboard: true,
    });
    golden(b, {
      keyboard: [[{ text: 'Menu' }, { text: 'Help' }]],
      resize_keyboard: true,
      input_field_placeholder: 'Ask',
    });
    expect(Object.isFrozen(a) && Object.isFrozen(a.keyboard) && Object.isFrozen(a.keyboard[1])).toBe(true);
  });
});

describe('ReplyKeyboard: limits', () => {
  const kb = new ReplyKeyboard();

  it('button text must be non-empty, for objects and strings', () => {
    expect(rejects(() => kb.text('')).field).toBe('text');
    expect(rejects(() => kb.add('')).message).toBe('text must be a non-empty string');
    expect(rejects(() => ReplyKeyboard.from([['A', '']])).field).toBe('text');
  });

  it('callback_data is not a reply button field (the 1C library sent it anyway)', () => {
    const e = rejects(() => kb.add({ text: 'A', callback_data: 'A' } as unknown as KeyboardButton));
    expect(e.field).toBe('callback_data');
    expect(e.message).toBe('callback_data is not a reply button field');
  });

  it('at most one request per button', () => {
    const e = rejects(() => kb.add({ text: 'x', request_contact: true, request_location: true } as KeyboardButton));
    expect(e.field).toBe('request_location');
    expect(e.message).toBe('request_location is a second action after request_contact');
  });

  it('request_id is a signed 32-bit integer', () => {
    for (const request_id of [2 ** 31, -(2 ** 31) - 1, 1.5, Number.NaN, '1' as unknown as number]) {
      const e = rejects(() => kb.requestUsers('x', { request_id }));
      expect(e.field).toBe('request_users.request_id');
      expect(e.message).toBe('request_users.request_id must be a signed 32-bit integer');
    }
    expect(rejects(() => kb.requestChat('x', { request_id: 2 ** 32, chat_is_channel: true })).field).toBe(
      'request_chat.request_id',
    );
    expect(rejects(() => kb.requestManagedBot('x', {} as { request_id: number })).field).toBe(
      'request_managed_bot.request_id',
    );
  });

  it('request_id is unique in the keyboard', () => {
    const base = kb.requestUsers('Users', { request_id: 7 }).row();
    const e = rejects(() => base.requestChat('Chat', { request_id: 7, chat_is_channel: false }));
    expect(e.field).toBe('request_id');
    expect(e.message).toBe('request_id 7 is used twice; it must be unique in the keyboard');
    expect(rejects(() => base.requestManagedBot('Bot', { request_id: 7 })).field).toBe('request_id');
    expect(base.requestManagedBot('Bot', { request_id: 8 }).keyboard).toHaveLength(2);
  });

  it('max_quantity is 1-10', () => {
    expect(kb.requestUsers('x', { request_id: 1, max_quantity: 1 }).keyboard).toHaveLength(1);
    for (const max_quantity of [0, 11, 2.5]) {
      const e = rejects(() => kb.requestUsers('x', { request_id: 1, max_quantity }));
      expect(e.field).toBe('request_users.max_quantity');
      expect(e.message).toBe('request_users.max_quantity must be 1-10');
    }
  });

  it('request_chat needs chat_is_channel', () => {
    const e = rejects(() => kb.requestChat('x', { request_id: 1 } as { request_id: number; chat_is_channel: boolean }));
    expect(e.field).toBe('request_chat.chat_is_channel');
  });

  it('web_app needs https', () => {
    expect(rejects(() => kb.webApp('x', 'http://example.com')).message).toBe('web_app.url must be an https:// URL');
  });
});
