import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import type { InlineKeyboardButton, InlineKeyboardMarkup } from '../types/botApi.js';
import { InlineKeyboard } from './inlineKeyboard.js';

/** The exact JSON the Bot API receives, compared key by key and in order. */
const json = (value: unknown) => JSON.stringify(value);
const golden = (kb: InlineKeyboard, markup: InlineKeyboardMarkup) => expect(json(kb)).toBe(json(markup));
const one = (button: InlineKeyboardButton): InlineKeyboardMarkup => ({ inline_keyboard: [[button]] });

/** Runs `build` and returns the ValidationError it throws. */
function rejects(build: () => unknown): ValidationError {
  try {
    build();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('InlineKeyboard: every button kind (golden JSON)', () => {
  const kb = new InlineKeyboard();

  it('text: a callback button whose data defaults to the label', () => {
    golden(kb.text('Close', 'close:42'), one({ text: 'Close', callback_data: 'close:42' }));
    golden(kb.text('Close'), one({ text: 'Close', callback_data: 'Close' }));
  });

  it('url, with http, https and tg schemes', () => {
    golden(
      kb.url('Docs', 'https://core.telegram.org/bots/api'),
      one({ text: 'Docs', url: 'https://core.telegram.org/bots/api' }),
    );
    golden(kb.url('Site', 'http://example.com'), one({ text: 'Site', url: 'http://example.com' }));
    golden(kb.url('Anton', 'tg://user?id=461699897'), one({ text: 'Anton', url: 'tg://user?id=461699897' }));
  });

  it('webApp', () => {
    golden(
      kb.webApp('App', 'https://example.com/app'),
      one({ text: 'App', web_app: { url: 'https://example.com/app' } }),
    );
  });

  it('login, from a URL or a full LoginUrl', () => {
    golden(
      kb.login('Log in', 'https://example.com/login'),
      one({ text: 'Log in', login_url: { url: 'https://example.com/login' } }),
    );
    const full = {
      url: 'https://example.com/login',
      forward_text: 'Log in',
      bot_username: 'forum_bot',
      request_write_access: true,
    };
    golden(kb.login('Log in', full), one({ text: 'Log in', login_url: full }));
  });

  it('switchInline, switchInlineCurrent (an empty query by default) and switchInlineChosen', () => {
    golden(kb.switchInline('Share'), one({ text: 'Share', switch_inline_query: '' }));
    golden(kb.switchInline('Share', 'topic 42'), one({ text: 'Share', switch_inline_query: 'topic 42' }));
    golden(kb.switchInlineCurrent('Search'), one({ text: 'Search', switch_inline_query_current_chat: '' }));
    golden(kb.switchInlineCurrent('Search', 'st'), one({ text: 'Search', switch_inline_query_current_chat: 'st' }));
    golden(kb.switchInlineChosen('Pick'), one({ text: 'Pick', switch_inline_query_chosen_chat: {} }));
    const chosen = { query: 'report', allow_user_chats: false, allow_group_chats: true };
    golden(kb.switchInlineChosen('Pick', chosen), one({ text: 'Pick', switch_inline_query_chosen_chat: chosen }));
  });

  it('copyText', () => {
    golden(kb.copyText('Copy', 'A1B2-C3D4'), one({ text: 'Copy', copy_text: { text: 'A1B2-C3D4' } }));
  });

  it('game and pay, as the first button of the first row', () => {
    golden(kb.game('Play').text('Rules', 'rules'), {
      inline_keyboard: [
        [
          { text: 'Play', callback_game: {} },
          { text: 'Rules', callback_data: 'rules' },
        ],
      ],
    });
    golden(kb.pay('Pay 5 €'), one({ text: 'Pay 5 €', pay: true }));
  });

  it('disabled (Bot API 10.3)', () => {
    golden(kb.disabled('Sold out'), one({ text: 'Sold out', disabled: {} }));
  });

  it('style and icon_custom_emoji_id on any button', () => {
    golden(
      kb
        .text('Delete', 'del', { style: 'danger' })
        .url('Go', 'https://example.com', { style: 'primary', icon_custom_emoji_id: '5368324170671202286' }),
      {
        inline_keyboard: [
          [
            { text: 'Delete', callback_data: 'del', style: 'danger' },
            { text: 'Go', url: 'https://example.com', style: 'primary', icon_custom_emoji_id: '5368324170671202286' },
          ],
        ],
      },
    );
    golden(kb.pay('Pay', { style: 'success' }), one({ text: 'Pay', pay: true, style: 'success' }));
  });

  it('add: raw Bot API buttons, with undefined fields dropped', () => {
    golden(
      kb.add({ text: 'A', callback_data: 'a' }, {
        text: 'B',
        copy_text: { text: 'b' },
        style: undefined,
      } as unknown as InlineKeyboardButton),
      {
        inline_keyboard: [
          [
            { text: 'A', callback_data: 'a' },
            { text: 'B', copy_text: { text: 'b' } },
          ],
        ],
      },
    );
  });
});

describe('InlineKeyboard: layout and options', () => {
  it('is an empty markup when new', () => {
    golden(new InlineKeyboard(), { inline_keyboard: [] });
  });

  it('row() starts a new row, and never leaves an empty one', () => {
    const kb = new InlineKeyboard().row().text('A').text('B').row().row().text('C').row();
    golden(kb, {
      inline_keyboard: [
        [
          { text: 'A', callback_data: 'A' },
          { text: 'B', callback_data: 'B' },
        ],
        [{ text: 'C', callback_data: 'C' }],
      ],
    });
    golden(kb.text('D'), {
      inline_keyboard: [
        [
          { text: 'A', callback_data: 'A' },
          { text: 'B', callback_data: 'B' },
        ],
        [{ text: 'C', callback_data: 'C' }],
        [{ text: 'D', callback_data: 'D' }],
      ],
    });
  });

  it('from(rows) keeps the rows, drops empty ones and continues the last row', () => {
    const rows = [
      [
        { text: 'A', callback_data: 'a' },
        { text: 'B', url: 'https://b.example' },
      ],
      [],
      [{ text: 'C', callback_data: 'c' }],
    ];
    const kb = InlineKeyboard.from(rows);
    expect(kb).toBeInstanceOf(InlineKeyboard);
    golden(kb, { inline_keyboard: [rows[0]!, rows[2]!] });
    golden(kb.text('D', 'd'), { inline_keyboard: [rows[0]!, [rows[2]![0]!, { text: 'D', callback_data: 'd' }]] });
    rows[0]!.push({ text: 'late', callback_data: 'late' });
    expect(kb.inline_keyboard[0]).toHaveLength(2);
  });

  it('columns(n) lays the buttons out n per row', () => {
    const kb = InlineKeyboard.from([['1', '2', '3', '4', '5'].map((t) => ({ text: t, callback_data: t }))]);
    expect(kb.columns(2).inline_keyboard.map((r) => r.map((b) => b.text))).toEqual([['1', '2'], ['3', '4'], ['5']]);
    expect(kb.columns(1).inline_keyboard.map((r) => r.length)).toEqual([1, 1, 1, 1, 1]);
    expect(kb.columns(9).inline_keyboard.map((r) => r.length)).toEqual([5]);
    golden(new InlineKeyboard().columns(3), { inline_keyboard: [] });
    for (const n of [0, -1, 1.5, Number.NaN]) expect(rejects(() => kb.columns(n)).field).toBe('columns');
  });

  it('forceReply() sets force_reply (Bot API 10.3) and forceReply(false) removes it', () => {
    const kb = new InlineKeyboard().text('A', 'a').forceReply();
    golden(kb, { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]], force_reply: true });
    golden(kb.forceReply(false), { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] });
    expect(Object.keys(kb.forceReply(false))).toEqual(['inline_keyboard']);
  });

  it('options keep a pending row break', () => {
    golden(new InlineKeyboard().text('A').row().forceReply().text('B'), {
      inline_keyboard: [[{ text: 'A', callback_data: 'A' }], [{ text: 'B', callback_data: 'B' }]],
      force_reply: true,
    });
  });
});

describe('InlineKeyboard: immutability', () => {
  it('a base keyboard reused twice stays unchanged, and both derived keyboards are right', () => {
    const base = new InlineKeyboard().text('Open', 'open').row();
    const before = json(base);
    const a = base.text('A', 'a').forceReply();
    const b = base.url('B', 'https://b.example').text('C', 'c');
    expect(json(base)).toBe(before);
    expect(before).toBe(json({ inline_keyboard: [[{ text: 'Open', callback_data: 'open' }]] }));
    golden(a, {
      inline_keyboard: [[{ text: 'Open', callback_data: 'open' }], [{ text: 'A', callback_data: 'a' }]],
      force_reply: true,
    });
    golden(b, {
      inline_keyboard: [
        [{ text: 'Open', callback_data: 'open' }],
        [
          { text: 'B', url: 'https://b.example' },
          { text: 'C', callback_data: 'c' },
        ],
      ],
    });
    expect(a).not.toBe(base);
  });

  it('is frozen, rows and buttons included', () => {
    const kb = new InlineKeyboard().text('A');
    expect(Object.isFrozen(kb)).toBe(true);
    expect(Object.isFrozen(kb.inline_keyboard)).toBe(true);
    expect(Object.isFrozen(kb.inline_keyboard[0])).toBe(true);
    expect(Object.isFrozen(kb.inline_keyboard[0]![0])).toBe(true);
    expect(() => (kb.inline_keyboard as unknown[]).push([])).toThrow(TypeError);
  });

  it('copies the buttons it is given', () => {
    const button = { text: 'A', callback_data: 'a' };
    const kb = new InlineKeyboard().add(button);
    button.callback_data = 'changed';
    expect(kb.inline_keyboard[0]![0]).toEqual({ text: 'A', callback_data: 'a' });
  });

  it('has the markup fields, and only them, as own enumerable properties', () => {
    const kb = new InlineKeyboard().text('A').row().forceReply();
    expect(Object.keys(kb)).toEqual(['inline_keyboard', 'force_reply']);
    expect({ ...kb }).toEqual({ inline_keyboard: [[{ text: 'A', callback_data: 'A' }]], force_reply: true });
    expect(structuredClone(kb)).toEqual({ inline_keyboard: [[{ text: 'A', callback_data: 'A' }]], force_reply: true });
  });
});

describe('InlineKeyboard: callback_data is 1-64 UTF-8 bytes', () => {
  const kb = new InlineKeyboard();
  const passes = (data: string) =>
    expect(kb.text('x', data).inline_keyboard[0]![0]).toEqual({ text: 'x', callback_data: data });
  const fails = (data: string, bytes: number) => {
    const e = rejects(() => kb.text('x', data));
    expect(e.field).toBe('callback_data');
    expect(e.message).toBe(`callback_data must be 1-64 UTF-8 bytes, got ${bytes}`);
  };

  it('ASCII: 1 and 64 pass, 0 and 65 fail', () => {
    passes('a');
    passes('a'.repeat(64));
    fails('', 0);
    fails('a'.repeat(65), 65);
  });

  it('Cyrillic (2 bytes each): 32 letters are 64 bytes and pass; one more byte fails', () => {
    passes('й'.repeat(32));
    fails(`${'й'.repeat(32)}a`, 65);
    fails('й'.repeat(33), 66);
    // 33 characters but 64 bytes: a character count would get this wrong either way.
    passes(`${'ё'.repeat(31)}ab`);
  });

  it('emoji (4 bytes, 2 UTF-16 units each): 16 pass, 16 and one byte fail', () => {
    passes('🙂'.repeat(16));
    fails(`${'🙂'.repeat(16)}a`, 65);
    passes(`${'€'.repeat(21)}a`); // 3-byte characters: 63 + 1
    fails(`${'€'.repeat(21)}ab`, 65);
  });

  it('the label used as data is checked too', () => {
    passes('ok');
    expect(rejects(() => kb.text('й'.repeat(33))).field).toBe('callback_data');
  });

  it('is checked in add() and from() as well', () => {
    expect(rejects(() => kb.add({ text: 'x', callback_data: 'я'.repeat(40) })).field).toBe('callback_data');
    expect(rejects(() => InlineKeyboard.from([[{ text: 'x', callback_data: '' }]])).field).toBe('callback_data');
  });
});

describe('InlineKeyboard: other limits', () => {
  const kb = new InlineKeyboard();

  it('button text must be non-empty', () => {
    const e = rejects(() => kb.text('', 'data'));
    expect(e.field).toBe('text');
    expect(e.message).toBe('text must be a non-empty string');
    expect(rejects(() => kb.add({ callback_data: 'x' } as unknown as InlineKeyboardButton)).field).toBe('text');
    expect(rejects(() => kb.add('A' as unknown as InlineKeyboardButton)).field).toBe('button');
  });

  it('url accepts http, https and tg only', () => {
    for (const url of ['ftp://example.com', 'example.com', 'javascript:alert(1)', 'https:/x', '']) {
      const e = rejects(() => kb.url('x', url));
      expect(e.field).toBe('url');
      expect(e.message).toBe('url must be an http(s):// or tg:// URL');
    }
    expect(kb.url('x', 'HTTPS://EXAMPLE.COM').inline_keyboard).toHaveLength(1);
  });

  it('web_app and login_url need https', () => {
    expect(rejects(() => kb.webApp('x', 'http://example.com')).field).toBe('web_app.url');
    expect(rejects(() => kb.login('x', 'tg://login')).field).toBe('login_url.url');
    expect(rejects(() => kb.login('x', {} as { url: string })).message).toBe('login_url.url must be an https:// URL');
  });

  it('copy_text is 1-256 characters', () => {
    expect(kb.copyText('x', 'я'.repeat(256)).inline_keyboard).toHaveLength(1);
    expect(kb.copyText('x', '🙂'.repeat(256)).inline_keyboard).toHaveLength(1);
    expect(rejects(() => kb.copyText('x', 'a'.repeat(257))).field).toBe('copy_text.text');
    expect(rejects(() => kb.copyText('x', '')).message).toBe('copy_text.text must be 1-256 characters');
  });

  it('one action per button: none and two are refused', () => {
    const none = rejects(() => kb.add({ text: 'Plain' } as InlineKeyboardButton));
    expect(none.field).toBe('inline_keyboard');
    expect(none.message).toBe('inline_keyboard has a button "Plain" without an action');
    const two = rejects(() =>
      kb.add({ text: 'x', url: 'https://a.example', callback_data: 'x' } as InlineKeyboardButton),
    );
    expect(two.field).toBe('callback_data');
    expect(two.message).toBe('callback_data is a second action after url');
  });

  it('unknown and reply-only fields are refused', () => {
    const e = rejects(() => kb.add({ text: 'x', request_contact: true } as unknown as InlineKeyboardButton));
    expect(e.field).toBe('request_contact');
    expect(e.message).toBe('request_contact is not an inline button field');
  });

  it('callback_game and pay only as the first button of the first row', () => {
    expect(rejects(() => kb.text('A').game('Play')).field).toBe('callback_game');
    expect(rejects(() => kb.text('A').row().pay('Pay')).message).toBe('pay must be the first button of the first row');
    expect(
      rejects(() => InlineKeyboard.from([[{ text: 'A', callback_data: 'a' }], [{ text: 'P', pay: true }]])).field,
    ).toBe('pay');
    expect(kb.pay('Pay').row().text('A').columns(1).inline_keyboard[0]![0]).toEqual({ text: 'Pay', pay: true });
  });

  it('a failed call leaves the keyboard usable and unchanged', () => {
    const base = kb.text('A');
    rejects(() => base.text('B', '').text('C'));
    rejects(() => base.add({ text: 'B', callback_data: 'b' }, { text: '', callback_data: 'c' }));
    golden(base, one({ text: 'A', callback_data: 'A' }));
  });
});
