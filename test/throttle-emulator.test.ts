// The throttle against the emulator's flood limits (Telegram's documented rates as sliding
// windows): a burst that the emulator answers with 429s goes through without one when throttled.
import { afterEach, describe, expect, it } from 'vitest';
import type { Transformer } from '../src/client/types.js';
import { isApiError } from '../src/errors/errors.js';
import { createEmulator, type Emulator } from '../src/testing/index.js';
import { type ThrottleClock, throttle } from '../src/throttle/throttle.js';

/** One clock for the emulator and the throttle, moved by hand. */
function sharedClock(start: number) {
  let now = start;
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
  /** Jumps to the earliest timer and fires it; false when none is left. */
  const step = () => {
    let first: [number, { at: number; fn: () => void }] | undefined;
    for (const entry of timers) if (!first || entry[1].at < first[1].at) first = entry;
    if (!first) return false;
    timers.delete(first[0]);
    now = Math.max(now, first[1].at);
    first[1].fn();
    return true;
  };
  return { clock, step, now: () => now, skip: (ms: number) => (now += ms) };
}

let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

describe('throttle against the emulator flood limits', () => {
  const burst = async (throttled: boolean) => {
    const time = sharedClock(1_700_000_000_000);
    emulator = createEmulator({ now: time.now, flood: true });
    const forums = [emulator.createForum({ title: 'A' }), emulator.createForum({ title: 'B' })];
    const setup = emulator.client({ retry: false });
    const topics: Array<{ chat_id: number; message_thread_id: number }> = [];
    for (const forum of forums) {
      for (const name of ['one', 'two', 'three']) {
        const topic = await setup.call('createForumTopic', { chat_id: forum.id, name });
        topics.push({ chat_id: forum.id, message_thread_id: topic.message_thread_id });
      }
    }

    // Creating topics posts service messages, which count too: start with empty windows.
    time.skip(120_000);
    const start = time.now();

    // Settle every request the throttle let through before time moves on, so the emulator
    // stamps it with the time at which it was sent.
    const inflight = new Set<Promise<unknown>>();
    const track: Transformer = (next, method, params, options) => {
      const call = next(method, params, options);
      inflight.add(call);
      call.then(
        () => inflight.delete(call),
        () => inflight.delete(call),
      );
      return call;
    };
    const client = emulator.client({ retry: false }).use(track);
    if (throttled) client.use(throttle({ clock: time.clock }));

    // 60 messages at once: 30 to each forum, spread over its three topics.
    const calls = Array.from({ length: 60 }, (_, i) =>
      client.call('sendMessage', { ...topics[i % topics.length]!, text: `m${i}` }).then(
        () => 'ok',
        (e: unknown) => (isApiError(e) && e.error_code === 429 ? '429' : `other: ${String(e)}`),
      ),
    );
    for (let guard = 0; guard < 10_000; guard++) {
      await Promise.allSettled([...inflight]);
      if (!time.step()) break;
    }
    const outcomes = await Promise.all(calls);
    return { outcomes, forums, emulator, elapsed: time.now() - start };
  };

  it('without the throttle, the emulator refuses most of the burst with 429', async () => {
    const { outcomes } = await burst(false);
    expect(outcomes.filter((o) => o === '429').length).toBeGreaterThan(40);
  });

  it('with the throttle, every message is delivered and none is refused', async () => {
    const { outcomes, forums, emulator, elapsed } = await burst(true);
    expect(outcomes).toEqual(Array.from({ length: 60 }, () => 'ok'));
    for (const forum of forums) {
      const texts = emulator.messages(forum.id).filter((m) => m.text?.startsWith('m'));
      expect(texts).toHaveLength(30);
    }
    // 30 messages to one group at 20 per minute need more than one minute, and no more than two.
    expect(elapsed).toBeGreaterThan(60_000);
    expect(elapsed).toBeLessThan(120_000);
  });
});
