import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { InlineKeyboard } from './inlineKeyboard.js';
import { type ButtonOptions, Keyboard } from './keyboard.js';
import { keyboardFromButtons } from './keyboardFromButtons.js';
import { ReplyKeyboard } from './replyKeyboard.js';

// Independent checks of the Bot API's documented limits, written against the JSON only.
type Json = Record<string, unknown>;
const codePoints = (s: unknown) => (typeof s === 'string' ? [...s].length : -1);
const LOOK = ['text', 'style', 'icon_custom_emoji_id'];
const INLINE_ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
  'disabled',
];
const REPLY_ACTIONS = [
  'request_users',
  'request_chat',
  'request_managed_bot',
  'request_contact',
  'request_location',
  'request_poll',
  'web_app',
];
const REPLY_OPTIONS = [
  'is_persistent',
  'resize_keyboard',
  'one_time_keyboard',
  'input_field_placeholder',
  'selective',
  'force_reply',
];

function expectRows(rows: unknown): Json[][] {
  expect(Array.isArray(rows)).toBe(true);
  for (const row of rows as unknown[]) {
    expect(Array.isArray(row)).toBe(true);
    expect((row as unknown[]).length).toBeGreaterThan(0);
  }
  return rows as Json[][];
}

function expectInlineMarkup(markup: Json): void {
  for (const key of Object.keys(markup)) expect(['inline_keyboard', 'force_reply']).toContain(key);
  if ('force_reply' in markup) expect(markup.force_reply).toBe(true);
  expectRows(markup.inline_keyboard).forEach((row, i) => {
    row.forEach((b, j) => {
      expect(codePoints(b.text)).toBeGreaterThan(0);
      const actions = Object.keys(b).filter((k) => !LOOK.includes(k));
      expect(actions).toHaveLength(1);
      expect(INLINE_ACTIONS).toContain(actions[0]);
      if ('callback_data' in b) {
        expect(typeof b.callback_data).toBe('string');
        expect(Buffer.byteLength(b.callback_data as string, 'utf8')).toBeGreaterThanOrEqual(1);
        expect(Buffer.byteLength(b.callback_data as string, 'utf8')).toBeLessThanOrEqual(64);
      }
      if ('url' in b) expect(b.url).toMatch(/^(http|https|tg):\/\//i);
      if ('web_app' in b) expect((b.web_app as Json).url).toMatch(/^https:\/\//i);
      if ('login_url' in b) expect((b.login_url as Json).url).toMatch(/^https:\/\//i);
      if ('copy_text' in b) expect(codePoints((b.copy_text as Json).text)).toBeGreaterThan(0);
      if ('copy_text' in b) expect(codePoints((b.copy_text as Json).text)).toBeLessThanOrEqual(256);
      if ('callback_game' in b || 'pay' in b) expect([i, j]).toEqual([0, 0]);
    });
  });
}

function expectReplyMarkup(markup: Json): void {
  for (const key of Object.keys(markup)) expect(['keyboard', ...REPLY_OPTIONS]).toContain(key);
  for (const key of REPLY_OPTIONS)
    if (key !== 'input_field_placeholder' && key in markup) expect(markup[key]).toBe(true);
  if ('input_field_placeholder' in markup) {
    expect(codePoints(markup.input_field_placeholder)).toBeGreaterThan(0);
    expect(codePoints(markup.input_field_placeholder)).toBeLessThanOrEqual(64);
  }
  const ids: unknown[] = [];
  for (const row of expectRows(markup.keyboard)) {
    for (const b of row as unknown[]) {
      if (typeof b === 'string') {
        expect(b.length).toBeGreaterThan(0);
        continue;
      }
      const button = b as Json;
      expect(codePoints(button.text)).toBeGreaterThan(0);
      const actions = Object.keys(button).filter((k) => !LOOK.includes(k));
      expect(actions.length).toBeLessThanOrEqual(1);
      for (const a of actions) expect(REPLY_ACTIONS).toContain(a);
      const request = (button.request_users ?? button.request_chat ?? button.request_managed_bot) as Json | undefined;
      if (request) {
        expect(Number.isInteger(request.request_id)).toBe(true);
        expect(request.request_id).toBeGreaterThanOrEqual(-(2 ** 31));
        expect(request.request_id).toBeLessThanOrEqual(2 ** 31 - 1);
        ids.push(request.request_id);
      }
      const quantity = (button.request_users as Json | undefined)?.max_quantity;
      if (quantity !== undefined) expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).toContain(quantity);
      if ('web_app' in button) expect((button.web_app as Json).url).toMatch(/^https:\/\//i);
    }
  }
  expect(new Set(ids).size).toBe(ids.length);
}

/** The value as the Bot API receives it; also checks that no key holds `undefined`. */
function wire(kb: object): Json {
  const parsed = JSON.parse(JSON.stringify(kb)) as Json;
  expect(structuredClone(kb)).toStrictEqual(parsed);
  expect(Object.keys(kb)).toEqual(Object.keys(parsed));
  return parsed;
}

// Inputs that are often near or past a limit: multi-byte text, empty strings, odd URLs.
const label = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', 'New topic', 'Call me!', 'Кнопка', '🙂'),
);
const data = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 70 }),
  fc.string({ unit: 'grapheme', minLength: 14, maxLength: 20 }),
  fc.integer({ min: 0, max: 70 }).map((n) => 'я'.repeat(n)),
  fc.integer({ min: 60, max: 66 }).map((n) => 'a'.repeat(n)),
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('tg://user?id=1', 'https://example.com', 'http://x.y', 'ftp://x.y', 'javascript:alert(1)', 'x.y', ''),
);
const look: fc.Arbitrary<ButtonOptions> = fc.record(
  {
    style: fc.constantFrom('danger' as const, 'success' as const, 'primary' as const),
    icon_custom_emoji_id: fc.string(),
  },
  { requiredKeys: [] },
);
const text256 = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.integer({ min: 250, max: 260 }).map((n) => '🙂'.repeat(n)),
);

type Op<K> = (kb: K) => K;
const inlineOp: fc.Arbitrary<Op<InlineKeyboard>> = fc.oneof(
  fc.tuple(label, fc.option(data, { nil: undefined }), look).map(
    ([t, d, o]) =>
      (kb: InlineKeyboard) =>
        kb.text(t, d, o),
  ),
  fc.tuple(label, url, look).map(
    ([t, u, o]) =>
      (kb: InlineKeyboard) =>
        kb.url(t, u, o),
  ),
  fc.tuple(label, url).map(
    ([t, u]) =>
      (kb: InlineKeyboard) =>
        kb.webApp(t, u),
  ),
  fc.tuple(label, url).map(
    ([t, u]) =>
      (kb: InlineKeyboard) =>
        kb.login(t, { url: u, request_write_access: true }),
  ),
  fc.tuple(label, fc.string()).map(
    ([t, q]) =>
      (kb: InlineKeyboard) =>
        kb.switchInline(t, q),
  ),
  fc.tuple(label, fc.string()).map(
    ([t, q]) =>
      (kb: InlineKeyboard) =>
        kb.switchInlineCurrent(t, q),
  ),
  label.map((t) => (kb: InlineKeyboard) => kb.switchInlineChosen(t, { allow_user_chats: true })),
  fc.tuple(label, text256).map(
    ([t, c]) =>
      (kb: InlineKeyboard) =>
        kb.copyText(t, c),
  ),
  label.map((t) => (kb: InlineKeyboard) => kb.game(t)),
  label.map((t) => (kb: InlineKeyboard) => kb.pay(t)),
  label.map((t) => (kb: InlineKeyboard) => kb.disabled(t)),
  fc
    .dictionary(
      fc.constantFrom('text', 'url', 'callback_data', 'pay', 'copy_text', 'request_contact', 'foo'),
      fc.constant('x'),
      {
        maxKeys: 4,
      },
    )
    .map((b) => (kb: InlineKeyboard) => kb.add(b as never)),
  fc.constant((kb: InlineKeyboard) => kb.row()),
  fc.integer({ min: -1, max: 4 }).map((n) => (kb: InlineKeyboard) => kb.columns(n)),
  fc.boolean().map((on) => (kb: InlineKeyboard) => kb.forceReply(on)),
);

const requestId = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1.5));
const replyOp: fc.Arbitrary<Op<ReplyKeyboard>> = fc.oneof(
  fc.tuple(label, look).map(
    ([t, o]) =>
      (kb: ReplyKeyboard) =>
        kb.text(t, o),
  ),
  label.map((t) => (kb: ReplyKeyboard) => kb.add(t)),
  label.map((t) => (kb: ReplyKeyboard) => kb.requestContact(t)),
  label.map((t) => (kb: ReplyKeyboard) => kb.requestLocation(t)),
  fc.tuple(label, fc.constantFrom('quiz' as const, 'regular' as const, undefined)).map(
    ([t, p]) =>
      (kb: ReplyKeyboard) =>
        kb.requestPoll(t, p),
  ),
  fc.tuple(label, requestId, fc.option(fc.integer({ min: -1, max: 12 }), { nil: undefined })).map(
    ([t, id, q]) =>
      (kb: ReplyKeyboard) =>
        kb.requestUsers(t, q === undefined ? { request_id: id } : { request_id: id, max_quantity: q }),
  ),
  fc.tuple(label, requestId).map(
    ([t, id]) =>
      (kb: ReplyKeyboard) =>
        kb.requestChat(t, { request_id: id, chat_is_channel: false, chat_is_forum: true }),
  ),
  fc.tuple(label, requestId).map(
    ([t, id]) =>
      (kb: ReplyKeyboard) =>
        kb.requestManagedBot(t, { request_id: id }),
  ),
  fc.tuple(label, url).map(
    ([t, u]) =>
      (kb: ReplyKeyboard) =>
        kb.webApp(t, u),
  ),
  fc
    .dictionary(fc.constantFrom('text', 'callback_data', 'request_contact', 'request_location'), fc.constant(true), {
      maxKeys: 3,
    })
    .map((b) => (kb: ReplyKeyboard) => kb.add(b as never)),
  fc.constant((kb: ReplyKeyboard) => kb.row()),
  fc.integer({ min: -1, max: 4 }).map((n) => (kb: ReplyKeyboard) => kb.columns(n)),
  fc.boolean().map((on) => (kb: ReplyKeyboard) => kb.resized(on)),
  fc.boolean().map((on) => (kb: ReplyKeyboard) => kb.oneTime(on)),
  fc.boolean().map((on) => (kb: ReplyKeyboard) => kb.persistent(on)),
  fc.boolean().map((on) => (kb: ReplyKeyboard) => kb.selected(on)),
  fc.boolean().map((on) => (kb: ReplyKeyboard) => kb.forceReply(on)),
  fc
    .option(fc.string({ unit: 'binary', maxLength: 70 }), { nil: undefined })
    .map((p) => (kb: ReplyKeyboard) => kb.placeholder(p)),
);

/** Applies the ops; each either gives a new keyboard or throws a ValidationError and changes nothing. */
function run<K extends Keyboard<unknown>>(start: K, ops: Op<K>[], expectMarkup: (m: Json) => void): void {
  let kb = start;
  for (const op of ops) {
    const before = JSON.stringify(kb);
    try {
      kb = op(kb);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).field).toBeTruthy();
      expect(JSON.stringify(kb)).toBe(before);
    }
    expectMarkup(wire(kb));
  }
}

describe('the abstract Keyboard', () => {
  it('throws a TypeError naming the two builders when a JavaScript caller constructs it', () => {
    // TypeScript refuses `new Keyboard()`; JavaScript does not know the class is abstract.
    const Abstract = Keyboard as unknown as new () => unknown;
    expect(() => new Abstract()).toThrow(TypeError);
    expect(() => new Abstract()).toThrow(/InlineKeyboard.*ReplyKeyboard/);
    const from = Keyboard.from as unknown as (this: unknown, rows: unknown[]) => unknown;
    expect(() => from.call(Keyboard, [])).toThrow(/InlineKeyboard.*ReplyKeyboard/);
  });

  it('stays the base of both builders', () => {
    expect(new InlineKeyboard()).toBeInstanceOf(Keyboard);
    expect(new ReplyKeyboard()).toBeInstanceOf(Keyboard);
  });
});

describe('keyboard builders: property tests', () => {
  it('any InlineKeyboard serialises to JSON within the Bot API limits, or the call throws a ValidationError', () => {
    fc.assert(
      fc.property(fc.array(inlineOp, { maxLength: 25 }), (ops) => run(new InlineKeyboard(), ops, expectInlineMarkup)),
      { numRuns: 200 },
    );
  });

  it('any ReplyKeyboard serialises to JSON within the Bot API limits, or the call throws a ValidationError', () => {
    fc.assert(
      fc.property(fc.array(replyOp, { maxLength: 25 }), (ops) => run(new ReplyKeyboard(), ops, expectReplyMarkup)),
      { numRuns: 200 },
    );
  });

  it('keyboardFromButtons: the layout of any labels, or a ValidationError naming the field', () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 12 }), fc.boolean(), fc.boolean(), (labels, inline, column) => {
        let kb: InlineKeyboard | ReplyKeyboard;
        try {
          kb = keyboardFromButtons(labels, { inline, column });
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
          const bad = labels.some((l) => l === '' || (inline && Buffer.byteLength(l, 'utf8') > 64));
          expect(bad).toBe(true);
          return;
        }
        const markup = wire(kb);
        if (inline) expectInlineMarkup(markup);
        else expectReplyMarkup(markup);
        const rows = (inline ? markup.inline_keyboard : markup.keyboard) as Json[][];
        expect(rows.flat().map((b) => b.text)).toEqual(labels);
        expect(rows.length).toBe(labels.length === 0 ? 0 : column ? labels.length : 1);
        if (inline) expect(rows.flat().map((b) => b.callback_data)).toEqual(labels);
      }),
      { numRuns: 300 },
    );
  });

  it('valid buttons, rows and columns give exactly the modelled layout', () => {
    const valid = fc.string({ minLength: 1, maxLength: 16 });
    const step = fc.oneof(
      valid.map((t) => ({ kind: 'text' as const, t })),
      fc.constant({ kind: 'row' as const }),
      fc.integer({ min: 1, max: 4 }).map((n) => ({ kind: 'columns' as const, n })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let kb = new InlineKeyboard();
        let model: string[][] = [];
        let br = false;
        for (const s of steps) {
          if (s.kind === 'text') {
            kb = kb.text(s.t);
            if (br || model.length === 0) model.push([s.t]);
            else model[model.length - 1]!.push(s.t);
            br = false;
          } else if (s.kind === 'row') {
            kb = kb.row();
            br = true;
          } else {
            kb = kb.columns(s.n);
            const all = model.flat();
            model = [];
            for (let i = 0; i < all.length; i += s.n) model.push(all.slice(i, i + s.n));
          }
        }
        expect(kb.inline_keyboard.map((r) => r.map((b) => (b as { callback_data: string }).callback_data))).toEqual(
          model,
        );
      }),
      { numRuns: 300 },
    );
  });
});
