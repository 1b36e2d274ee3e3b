import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../emulator.js';
import { jsonText } from './jsonText.js';

const user = Object.freeze({ id: 7, is_bot: false, first_name: 'Ann "A" \\ \n', username: 'ann' });
const chat = Object.freeze({ id: -100, title: 'Forum', is_forum: true, type: 'supergroup' });

describe('jsonText: the text JSON.stringify gives', () => {
  it.each<[string, unknown]>([
    ['a string', 'a "quoted" \\ \u2028 text'],
    ['a number', 12.5],
    ['NaN and infinities', [Number.NaN, Number.POSITIVE_INFINITY, -0]],
    ['booleans and null', [true, false, null]],
    ['an empty list', []],
    ['holes, undefined, functions and symbols in a list', [undefined, () => 1, Symbol('s'), ...new Array(2), 1]],
    ['members left out', { a: undefined, b: () => 1, c: Symbol('s'), d: 1 }],
    ['an empty object', {}],
    ['keys that need escaping', { 'a"b': 1, 'c\\d': 2, '\n': 3, '\u0001': 4 }],
    ['integer-like keys, which come first', { b: 1, 2: 'two', a: 3, 1: 'one' }],
    ['a toJSON at the top', { toJSON: () => ({ x: 1 }) }],
    ['a toJSON nested', { when: new Date(0), inner: { deeper: { toJSON: () => 'deep' } } }],
    [
      'a message with a frozen user and chat, twice',
      { message_id: 3, from: user, chat, reply_to_message: { message_id: 2, from: user, chat }, text: 'hi' },
    ],
    ['frozen objects that are not flat', Object.freeze({ a: Object.freeze({ b: [1, { c: user }] }) })],
    ['a list of updates', [{ update_id: 1, message: { message_id: 1, from: user, chat, reply_to_message: { chat } } }]],
    ['deep nesting', { a: { b: { c: { d: { e: { f: [user, chat] } } } } } }],
  ])('%s', (_, value) => {
    expect(jsonText(value)).toBe(JSON.stringify(value));
  });

  it('throws for a cycle, frozen or not, as JSON.stringify does', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = { a };
    expect(() => jsonText({ a })).toThrow(TypeError);
    const b: Record<string, unknown> = { name: 'b' };
    const c = Object.freeze({ b });
    b.c = c;
    Object.freeze(b);
    expect(() => jsonText({ message: { c } })).toThrow(TypeError);
    expect(() => JSON.stringify({ message: { c } })).toThrow(TypeError);
  });

  it('throws for a bigint, as JSON.stringify does', () => {
    expect(() => jsonText({ a: 1n })).toThrow(TypeError);
    expect(() => jsonText(1n)).toThrow(TypeError);
  });

  it('equals JSON.stringify on generated values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, freeze) => {
        const frozen = freeze ? deepFreeze(value) : value;
        // Twice: the second call reads the texts the first one kept.
        expect(jsonText(frozen)).toBe(JSON.stringify(frozen));
        expect(jsonText(frozen)).toBe(JSON.stringify(frozen));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps no text for what can change although frozen (a later change shows)', () => {
    const inner: Record<string, unknown> = { n: 1 };
    const holder = Object.freeze({ inner });
    let n = 0;
    const accessor = Object.freeze({
      get n() {
        n++;
        return n;
      },
    });
    const date = Object.freeze(new Date(0));
    const message = { a: { holder }, b: { accessor }, c: { date } };
    expect(jsonText(message)).toBe(
      '{"a":{"holder":{"inner":{"n":1}}},"b":{"accessor":{"n":1}},"c":{"date":"1970-01-01T00:00:00.000Z"}}',
    );
    inner.n = 2;
    date.setTime(1000);
    expect(jsonText(message)).toBe(
      '{"a":{"holder":{"inner":{"n":2}}},"b":{"accessor":{"n":2}},"c":{"date":"1970-01-01T00:00:01.000Z"}}',
    );
  });

  it('keeps no text for an object that is not frozen (a later change shows)', () => {
    const loose: Record<string, unknown> = { id: 1, first_name: 'Before' };
    const message = { message_id: 1, from: loose };
    expect(jsonText(message)).toBe(JSON.stringify(message));
    loose.first_name = 'After';
    expect(jsonText(message)).toContain('"first_name":"After"');
  });

  it('answers the emulator’s messages as JSON.stringify would', async () => {
    const emulator = createEmulator();
    const forum = emulator.createForum();
    const client = emulator.client();
    const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'T' });
    const sent = await client.call('sendMessage', {
      chat_id: forum.id,
      message_thread_id: topic.message_thread_id,
      text: '*bold* "quoted"',
      parse_mode: 'MarkdownV2',
    });
    const stored = emulator.messages(forum.id).at(-1)!;
    expect(JSON.stringify(sent)).toBe(JSON.stringify(stored));
    expect(sent.reply_to_message?.forum_topic_created?.name).toBe('T');
    // A reply shows the replied-to message as it is now: an edit is seen by the next reply.
    const thread = { chat_id: forum.id, message_thread_id: topic.message_thread_id };
    const first = await client.call('sendMessage', { ...thread, text: 'one' });
    const reply = { ...thread, reply_parameters: { message_id: first.message_id } };
    expect((await client.call('sendMessage', { ...reply, text: 'a' })).reply_to_message?.text).toBe('one');
    await client.call('editMessageText', { chat_id: forum.id, message_id: first.message_id, text: 'two' });
    const after = await client.call('sendMessage', { ...reply, text: 'b' });
    expect(after.reply_to_message?.text).toBe('two');
    expect(JSON.stringify(after)).toBe(JSON.stringify(emulator.messages(forum.id).at(-1)));
  });
});

describe('the users and chats messages share are frozen', () => {
  it('a user, a bot and a forum cannot be changed in place', () => {
    const emulator = createEmulator();
    const user = emulator.createUser({ first_name: 'Ann' });
    const forum = emulator.createForum();
    expect(Object.isFrozen(user)).toBe(true);
    expect(Object.isFrozen(emulator.bot.user)).toBe(true);
    expect(Object.isFrozen(forum)).toBe(true);
    expect(() => {
      (user as { first_name: string }).first_name = 'Bob';
    }).toThrow(TypeError);
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
