import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallNext, Transformer } from '../client/types.js';
import { createMemoryStore } from '../store/memoryStore.js';
import type { SharedStore } from '../store/types.js';
import { type ThrottleClock, type ThrottleOptions, throttle } from './throttle.js';

/** Lets pending promise callbacks (store takes, dispatches) run. */
const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** A clock moved by hand, shared by the store and every throttle ("process") of a test. */
function world() {
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
  const store = createMemoryStore({ now: () => now });
  /** Moves time forward by `ms`, firing due timers in order and letting the store answer (bounded). */
  const advance = async (ms: number) => {
    const target = now + ms;
    await flush();
    for (let guard = 0; guard < 100_000; guard++) {
      let first: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of timers) if (entry[1].at <= target && (!first || entry[1].at < first[1].at)) first = entry;
      if (!first) break;
      timers.delete(first[0]);
      now = first[1].at;
      first[1].fn();
      await flush();
    }
    now = target;
    await flush();
  };
  const sent: Array<{ at: number; process: number; params: Record<string, unknown> }> = [];
  /** One bot process: a shared throttle over the world's store. */
  const process = (id: number, options: ThrottleOptions = {}, on: SharedStore = store) => {
    const next: CallNext = async (_method, params) => {
      sent.push({ at: now, process: id, params });
      return params.text;
    };
    const transformer: Transformer = throttle({ clock, store: on, ...options });
    return (chat_id: number | string, text: string, signal?: AbortSignal) =>
      transformer(next, 'sendMessage', { chat_id, text }, signal ? { signal } : {});
  };
  return { clock, store, advance, sent, process, timers };
}

describe('throttle with a shared store', () => {
  it('keeps one private chat at 3 in 3 s across two processes', async () => {
    const w = world();
    const [a, b] = [w.process(1), w.process(2)];
    const calls = [a(42, 'a1'), b(42, 'b1'), a(42, 'a2'), b(42, 'b2'), a(42, 'a3'), b(42, 'b3')];
    await w.advance(0);
    expect(w.sent).toHaveLength(3);
    await w.advance(2999);
    expect(w.sent).toHaveLength(3);
    await w.advance(1);
    expect(w.sent.map((s) => s.at)).toEqual([0, 0, 0, 3000, 3000, 3000]);
    await expect(Promise.all(calls)).resolves.toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
    // Both processes got turns.
    expect(new Set(w.sent.map((s) => s.process))).toEqual(new Set([1, 2]));
  });

  it('holds a group to 3 in 9 s and 20 a minute, and all chats to the global rate, over processes', async () => {
    const w = world();
    const procs = [1, 2, 3].map((id) => w.process(id));
    for (let i = 0; i < 24; i++) void procs[i % 3]!(-100123, `g${i}`);
    await w.advance(120_000);
    const times = w.sent.map((s) => s.at);
    expect(times.slice(0, 9)).toEqual([0, 0, 0, 9000, 9000, 9000, 18_000, 18_000, 18_000]);
    expect(times.filter((at) => at < 60_000)).toHaveLength(20);
    const w2 = world();
    const many = [1, 2].map((id) => w2.process(id));
    for (let i = 0; i < 40; i++) void many[i % 2]!(1000 + i, `c${i}`);
    await w2.advance(0);
    expect(w2.sent).toHaveLength(30);
    await w2.advance(1000);
    expect(w2.sent).toHaveLength(40);
  });

  it('keeps the budgets of two bots apart by namespace', async () => {
    const w = world();
    const one = w.process(1, { namespace: 'bot-one' });
    const two = w.process(2, { namespace: 'bot-two' });
    for (let i = 0; i < 4; i++) {
      void one(42, `one${i}`);
      void two(42, `two${i}`);
    }
    await w.advance(0);
    expect(w.sent).toHaveLength(6);
  });

  it('gives an aborted call up at once and passes its turn on', async () => {
    const w = world();
    const send = w.process(1, { chatBurst: 1 });
    const controller = new AbortController();
    void send(1, 'first');
    const second = send(1, 'second', controller.signal);
    void send(1, 'third');
    await w.advance(0);
    controller.abort(new Error('gone'));
    await expect(second).rejects.toThrow('gone');
    await w.advance(1000);
    expect(w.sent.map((s) => [s.params.text, s.at])).toEqual([
      ['first', 0],
      ['third', 1000],
    ]);
    await expect(send(1, 'x', AbortSignal.abort(new Error('early')))).rejects.toThrow('early');
  });

  it('refuses past maxQueue with a ThrottleError', async () => {
    const w = world();
    const send = w.process(1, { chatBurst: 1, maxQueue: 2 });
    void send(1, 'a');
    void send(1, 'b');
    await expect(send(1, 'c')).rejects.toMatchObject({ name: 'ThrottleError', maxQueue: 2 });
  });

  it('fails a call with the store’s error when the store fails, and goes on with the others', async () => {
    const w = world();
    let failures = 1;
    const flaky: SharedStore = {
      ...w.store,
      take: (windows) => (failures-- > 0 ? Promise.reject(new Error('store down')) : w.store.take(windows)),
    };
    const send = w.process(1, {}, flaky);
    const first = send(7, 'lost');
    const second = send(7, 'kept');
    await w.advance(0);
    await expect(first).rejects.toThrow('store down');
    await expect(second).resolves.toBe('kept');
    expect(w.sent.map((s) => s.params.text)).toEqual(['kept']);
  });

  it('passes other methods straight through and checks its options', async () => {
    const w = world();
    const transformer = throttle({ store: w.store, clock: w.clock });
    const next: CallNext = async (method) => method;
    await expect(transformer(next, 'getChat', { chat_id: 1 }, {})).resolves.toBe('getChat');
    expect(() => throttle({ store: {} as SharedStore })).toThrow(expect.objectContaining({ field: 'throttle.store' }));
    expect(() => throttle({ store: w.store, namespace: 'has space' })).toThrow(
      expect.objectContaining({ field: 'throttle.namespace' }),
    );
  });

  it('never exceeds a window over several processes (property)', async () => {
    const keeps = (times: number[], limit: number, ms: number) =>
      times.every((at, i) => i < limit || at - times[i - limit]! >= ms);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            gap: fc.oneof(fc.constant(0), fc.nat({ max: 2000 })),
            chat: fc.constantFrom(1, 2, -100, -200),
            process: fc.nat({ max: 2 }),
          }),
          { minLength: 10, maxLength: 80 },
        ),
        async (arrivals) => {
          const w = world();
          const procs = [0, 1, 2].map((id) => w.process(id, { globalPerSecond: 4 }));
          for (const { gap, chat, process } of arrivals) {
            await w.advance(gap);
            void procs[process]!(chat, 'x');
          }
          await w.advance(3_600_000);
          expect(w.sent).toHaveLength(arrivals.length);
          expect(
            keeps(
              w.sent.map((s) => s.at),
              4,
              1000,
            ),
          ).toBe(true);
          for (const chat of [1, 2, -100, -200]) {
            const times = w.sent.filter((s) => s.params.chat_id === chat).map((s) => s.at);
            expect(keeps(times, 3, 3000)).toBe(true);
            if (chat < 0) {
              expect(keeps(times, 3, 9000)).toBe(true);
              expect(keeps(times, 20, 60_000)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });
});
