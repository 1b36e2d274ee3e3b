import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer, testClient } from '../../test/helpers/msw.js';
import type { CallNext, CallOptions, Transformer } from '../client/types.js';
import { isThrottleError, type ThrottleError } from '../errors/errors.js';
import type { Method } from '../types/methods.js';
import { isThrottledMethod, type ThrottleClock, type ThrottleOptions, throttle } from './throttle.js';

/** A clock that moves only when the test says so. */
function manualClock() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: ThrottleClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (id) => {
      timers.delete(id as number);
    },
  };
  /** Moves time forward by `ms`, firing due timers in order (bounded). */
  const advance = (ms: number) => {
    const target = now + ms;
    for (let guard = 0; guard < 100_000; guard++) {
      let first: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of timers) if (entry[1].at <= target && (!first || entry[1].at < first[1].at)) first = entry;
      if (!first) break;
      timers.delete(first[0]);
      now = first[1].at;
      first[1].fn();
    }
    now = target;
  };
  return { clock, advance, timers };
}

/** A throttle around a fake `next` that records when each call was let through. */
function setup(options: ThrottleOptions = {}) {
  const { clock, advance, timers } = manualClock();
  const sent: Array<{ at: number; method: string; params: Record<string, unknown> }> = [];
  const next: CallNext = async (method, params) => {
    sent.push({ at: clock.now(), method, params });
    return params.text ?? true;
  };
  const transformer: Transformer = throttle({ clock, ...options });
  const call = (method: Method, params: Record<string, unknown> = {}, callOptions: CallOptions = {}) =>
    transformer(next, method, params, callOptions);
  const send = (chat_id: number | string, text: string, extra: Record<string, unknown> = {}, o: CallOptions = {}) =>
    call('sendMessage', { chat_id, text, ...extra }, o);
  const times = (text: RegExp) => sent.filter((s) => text.test(String(s.params.text))).map((s) => s.at);
  return { clock, advance, timers, sent, call, send, times };
}

describe('throttle: rates', () => {
  it('lets 3 go to one private chat in any 3 s (1 per second, bursts of 3)', async () => {
    const t = setup();
    const calls = [1, 2, 3, 4, 5].map((i) => t.send(42, `m${i}`));
    expect(t.sent).toHaveLength(3);
    t.advance(2999);
    expect(t.sent).toHaveLength(3);
    t.advance(1);
    expect(t.times(/^m/)).toEqual([0, 0, 0, 3000, 3000]);
    await expect(Promise.all(calls)).resolves.toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });

  it('holds a group to 3 in any 9 s and 20 in any minute', () => {
    const t = setup();
    for (let i = 0; i < 25; i++) void t.send(-1001234, `g${i}`);
    t.advance(120_000);
    const times = t.times(/^g/);
    expect(times.slice(0, 9)).toEqual([0, 0, 0, 9000, 9000, 9000, 18_000, 18_000, 18_000]);
    // The 21st waits for the first to leave the minute, though its 9 s window would allow it.
    expect(times.filter((at) => at < 60_000)).toHaveLength(20);
    expect(times[20]).toBe(60_000);
  });

  it('shares one budget among all topics of a forum (keyed by chat_id)', () => {
    const t = setup();
    for (let i = 0; i < 6; i++) void t.send(-1001234, `g${i}`, { message_thread_id: 10 + i });
    t.advance(10_000);
    expect(t.times(/^g/)).toEqual([0, 0, 0, 9000, 9000, 9000]);
  });

  it('treats an @username as a group', () => {
    const t = setup({ groupBurst: 1 });
    void t.send('@forum', 'a');
    void t.send('@forum', 'b');
    t.advance(2_999);
    expect(t.sent).toHaveLength(1);
    t.advance(1);
    expect(t.sent).toHaveLength(2);
  });

  it('keeps all chats under the global rate', () => {
    const t = setup();
    for (let i = 0; i < 40; i++) void t.send(1000 + i, `c${i}`);
    expect(t.sent).toHaveLength(30);
    t.advance(999);
    expect(t.sent).toHaveLength(30);
    t.advance(1);
    expect(t.sent).toHaveLength(40);
  });

  it('passes reads and other methods straight through, even when the queue is full', async () => {
    const t = setup({ maxQueue: 1, chatBurst: 1 });
    void t.send(1, 'a');
    void t.send(1, 'b');
    await expect(t.call('getChat', { chat_id: 1 })).resolves.toBe(true);
    await expect(t.call('sendChatAction', { chat_id: 1, action: 'typing' })).resolves.toBe(true);
    expect(t.sent.map((s) => s.method)).toEqual(['sendMessage', 'getChat', 'sendChatAction']);
  });

  it('throttles sends without chat_id by the global rate only', () => {
    const t = setup({ globalPerSecond: 1 });
    void t.call('editMessageText', { inline_message_id: 'a', text: 'x1' });
    void t.call('editMessageText', { inline_message_id: 'b', text: 'x2' });
    expect(t.sent).toHaveLength(1);
    t.advance(1000);
    expect(t.sent).toHaveLength(2);
  });
});

describe('throttle: fairness', () => {
  it('lets a quiet chat through while a busy one waits for its budget', () => {
    const t = setup();
    for (let i = 0; i < 10; i++) void t.send(-100, `g${i}`);
    void t.send(7, 'dm');
    expect(t.times(/^dm$/)).toEqual([0]);
  });

  it('gives chats turns at the global budget, so a busy chat does not hog it', () => {
    const t = setup({ globalPerSecond: 2, chatPerSecond: 100, chatBurst: 100 });
    for (let i = 0; i < 20; i++) void t.send(1, `a${i}`);
    void t.send(2, 'b');
    // a0 and a1 took both slots at t=0, before b arrived; from then on the chats alternate.
    t.advance(2000);
    expect(t.sent.map((s) => [s.params.text, s.at])).toEqual([
      ['a0', 0],
      ['a1', 0],
      ['a2', 1000],
      ['b', 1000],
      ['a3', 2000],
      ['a4', 2000],
    ]);
  });

  it('does not starve a group while private chats use the whole global budget', () => {
    const t = setup({ globalPerSecond: 5, chatPerSecond: 5, chatBurst: 5, groupBurst: 1 });
    // Streaming to five private chats would use every global token on its own.
    for (let i = 0; i < 200; i++) void t.send(1 + (i % 5), `dm${i}`);
    for (let i = 0; i < 4; i++) void t.send(-100, `g${i}`);
    t.advance(9_500);
    // The five private chats were waiting first and take the slots of t=1 s; the group goes
    // first at t=2 s, then every 3 s (its own limit, 1 in 3 s here), although the private
    // chats alone could use every global slot.
    expect(t.times(/^g/)).toEqual([2000, 5000, 8000]);
    expect(t.times(/^dm/).length).toBeGreaterThan(40);
  });
});

describe('throttle: queue and signals', () => {
  it('refuses a call with a ThrottleError when maxQueue calls wait', async () => {
    const t = setup({ maxQueue: 2, chatBurst: 1 });
    void t.send(1, 'sent at once');
    void t.send(1, 'waits 1');
    void t.send(1, 'waits 2');
    const error = await t.send(1, 'refused').catch((e: unknown) => e);
    expect(isThrottleError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'ThrottleError', method: 'sendMessage', maxQueue: 2 });
    expect((error as ThrottleError).message).toBe('sendMessage failed: throttle queue is full (2 waiting)');
    t.advance(2000);
    expect(t.times(/./)).toEqual([0, 1000, 2000]);
    // Room again once the queue drains.
    void t.send(1, 'later');
    t.advance(1000);
    expect(t.sent).toHaveLength(4);
  });

  it('takes an aborted call out of the queue at once, with the reason', async () => {
    const t = setup({ chatBurst: 1 });
    const controller = new AbortController();
    void t.send(1, 'first');
    const second = t.send(1, 'second', {}, { signal: controller.signal });
    void t.send(1, 'third');
    const reason = new Error('user left');
    controller.abort(reason);
    await expect(second).rejects.toBe(reason);
    t.advance(1000);
    // The third takes the slot the second would have had.
    expect(t.sent.map((s) => [s.params.text, s.at])).toEqual([
      ['first', 0],
      ['third', 1000],
    ]);
  });

  it('refuses an already aborted call without queueing it', async () => {
    const t = setup();
    await expect(t.send(1, 'x', {}, { signal: AbortSignal.abort(new Error('gone')) })).rejects.toThrow('gone');
    expect(t.sent).toHaveLength(0);
  });

  it('does not react to an abort after the call was let through', async () => {
    const t = setup();
    const controller = new AbortController();
    const call = t.send(1, 'x', {}, { signal: controller.signal });
    controller.abort(new Error('late'));
    await expect(call).resolves.toBe('x');
  });

  it('passes the result and errors of next through', async () => {
    const transformer = throttle({ clock: manualClock().clock });
    const failing: CallNext = () => Promise.reject(new Error('boom'));
    const throwing: CallNext = () => {
      throw new Error('sync');
    };
    await expect(transformer(failing, 'sendMessage', { chat_id: 1 }, {})).rejects.toThrow('boom');
    await expect(transformer(throwing, 'sendMessage', { chat_id: 2 }, {})).rejects.toThrow('sync');
  });

  it('leaves no timer behind once the queue is empty', () => {
    const t = setup({ chatBurst: 1 });
    void t.send(1, 'a');
    void t.send(1, 'b');
    expect(t.timers.size).toBe(1);
    t.advance(1000);
    expect(t.timers.size).toBe(0);
  });

  it('keeps serving correctly across thousands of chats (idle budgets are swept)', () => {
    const t = setup({ globalPerSecond: 10_000 });
    for (let i = 0; i < 3000; i++) void t.send(10_000 + i, 'x');
    t.advance(60_000);
    // A swept or refilled budget allows a full burst again.
    for (let i = 0; i < 3; i++) void t.send(10_000, `again${i}`);
    expect(t.times(/^again/)).toHaveLength(3);
  });
});

describe('throttle options and methods', () => {
  it.each([
    ['globalPerSecond', 0],
    ['chatPerSecond', -1],
    ['groupPerMinute', Number.POSITIVE_INFINITY],
    ['maxQueue', Number.NaN],
    ['chatBurst', '3'],
  ])('rejects %s = %s', (field, value) => {
    expect(() => throttle({ [field]: value } as ThrottleOptions)).toThrow(
      expect.objectContaining({ name: 'ValidationError', field: `throttle.${field}` }),
    );
  });

  it('rejects a methods option that is not a function', () => {
    expect(() => throttle({ methods: 'send' as never })).toThrow(
      expect.objectContaining({ field: 'throttle.methods' }),
    );
  });

  it('throttles message sends and edits, not reads or chat actions', () => {
    for (const m of ['sendMessage', 'sendPhoto', 'copyMessage', 'copyMessages', 'forwardMessages', 'editMessageText']) {
      expect(isThrottledMethod(m)).toBe(true);
    }
    for (const m of [
      'getChat',
      'sendChatAction',
      'answerCallbackQuery',
      'createForumTopic',
      'sender',
      'copyMessageX',
    ]) {
      expect(isThrottledMethod(m)).toBe(false);
    }
  });

  it('honours a custom methods predicate', () => {
    const t = setup({ methods: (m) => m === 'createForumTopic', chatBurst: 1 });
    void t.call('createForumTopic', { chat_id: -1, name: 'a' });
    void t.call('createForumTopic', { chat_id: -1, name: 'b' });
    void t.send(-1, 'free');
    expect(t.sent.map((s) => s.method)).toEqual(['createForumTopic', 'sendMessage']);
  });
});

describe('throttle on a client', () => {
  it('keys legacy "chat*thread" targets by their chat: topics share the budget', async () => {
    const seen = answer('sendMessage', { message_id: 1, date: 1, chat: { id: -1001, type: 'supergroup' } });
    const { clock, advance } = manualClock();
    const client = testClient().use(throttle({ clock, chatBurst: 1, groupBurst: 1 }));
    const first = client.call('sendMessage', { chat_id: '-1001*5', text: 'topic 5' });
    const second = client.call('sendMessage', { chat_id: '-1001*7', text: 'topic 7' });
    await first;
    expect(seen).toHaveLength(1);
    advance(3000);
    await second;
    expect(seen.map((r) => r.json)).toEqual([
      { chat_id: -1001, message_thread_id: 5, text: 'topic 5' },
      { chat_id: -1001, message_thread_id: 7, text: 'topic 7' },
    ]);
  });
});

describe('throttle: limits hold over every window (property)', () => {
  /** True when no `limit + 1` of the sorted `times` fall within `ms` of each other. */
  const keeps = (times: number[], limit: number, ms: number) =>
    times.every((at, i) => i < limit || at - times[i - limit]! >= ms);

  it('never exceeds a chat, group or global window, and sends every call in order', () => {
    // One busy group, so its minute window fills up too.
    const chat = fc.oneof(
      { weight: 3, arbitrary: fc.constant(-100) },
      { weight: 2, arbitrary: fc.constantFrom(1, 2, 3, -200, '@forum') },
    );
    const gap = fc.oneof(fc.constant(0), fc.nat({ max: 1500 }), fc.nat({ max: 10_000 }));
    const arrival = fc.record({ gap, chat, thread: fc.nat({ max: 3 }) });
    fc.assert(
      fc.property(
        fc.array(arrival, { minLength: 20, maxLength: 300, size: 'max' }),
        fc.integer({ min: 2, max: 30 }),
        (arrivals, perSecond) => {
          const t = setup({ globalPerSecond: perSecond, maxQueue: 1000 });
          arrivals.forEach(({ gap, chat, thread }, i) => {
            t.advance(gap);
            void t.send(chat, `${chat}#${i}`, thread ? { message_thread_id: thread } : {});
          });
          t.advance(3_600_000);
          expect(t.sent).toHaveLength(arrivals.length);
          expect(
            keeps(
              t.sent.map((s) => s.at),
              perSecond,
              1000,
            ),
          ).toBe(true);
          for (const id of [1, 2, 3, -100, -200, '@forum']) {
            const mine = t.sent.filter((s) => s.params.chat_id === id);
            const times = mine.map((s) => s.at);
            expect(keeps(times, 3, 3000)).toBe(true);
            if (id === -100 || id === -200 || id === '@forum') {
              expect(keeps(times, 20, 60_000)).toBe(true);
              expect(keeps(times, 3, 9000)).toBe(true);
            }
            // First in, first out within a chat, whatever the topic.
            const order = mine.map((s) => Number(String(s.params.text).split('#')[1]));
            expect(order).toEqual([...order].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 100, seed: 1 },
    );
  });
});
