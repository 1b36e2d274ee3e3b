import type { Transformer } from '../client/types.js';
import type { RateWindow, SharedStore } from '../store/types.js';
import { createCallQueues } from './queues.js';
import type { ThrottleClock } from './types.js';

/** The throttle's limits, checked and resolved by `throttle()`. @internal */
export interface SharedThrottleSettings {
  store: SharedStore;
  namespace: string;
  globalLimit: number;
  chatBurst: number;
  chatMs: number;
  groupLimit: number;
  groupBurst: number;
  groupBurstMs: number;
  maxQueue: number;
  throttled: (method: string) => boolean;
  clock: ThrottleClock;
}

// Takes in flight at once, per process: enough to keep many chats moving, few enough not to
// flood the store when thousands of chats wait.
const MAX_TAKES = 16;

/**
 * The throttle with its windows in a {@link SharedStore}: every instance of a bot that shares
 * the store (and namespace) draws from one budget. The local part keeps what the in-process
 * throttle does (a FIFO per chat, chats taking turns, `maxQueue`, abort); the decision whether a
 * call may go is one atomic `take` in the store, over the global window and the chat's windows.
 * A refused take tells how long to wait, and the chat (or, for the global window, every chat)
 * waits that long before asking again.
 * @internal
 */
export function sharedThrottle(settings: SharedThrottleSettings): Transformer {
  const { store, clock, maxQueue, throttled } = settings;
  const prefix = `throttle:${settings.namespace}:`;
  const global: RateWindow = { key: `${prefix}global`, limit: settings.globalLimit, ms: 1000 };
  const busy = new Set<string>();
  const blockedUntil = new Map<string, number>();
  let globalUntil = 0;
  let takes = 0;

  const windowsOf = (key: string): RateWindow[] => {
    // '' is a send without chat_id (e.g. an inline message edit): only the global rate applies.
    if (key === '') return [global];
    const list = [global, { key: `${prefix}chat:${key}`, limit: settings.chatBurst, ms: settings.chatMs }];
    if (key.startsWith('-') || key.startsWith('@')) {
      list.push({ key: `${prefix}group:${key}`, limit: settings.groupLimit, ms: 60_000 });
      list.push({ key: `${prefix}burst:${key}`, limit: settings.groupBurst, ms: settings.groupBurstMs });
    }
    return list;
  };

  const acquire = (key: string) => {
    busy.add(key);
    takes++;
    const done = () => {
      busy.delete(key);
      takes--;
    };
    store.take(windowsOf(key)).then(
      (decision) => {
        done();
        if (decision.ok) {
          // The slot is used even if every waiting call of the key was aborted meanwhile.
          const item = queues.shift(key);
          if (item) queues.run(item);
        } else {
          const until = clock.now() + decision.waitMs;
          if (decision.window === 0) globalUntil = Math.max(globalUntil, until);
          else if (queues.byKey.has(key)) blockedUntil.set(key, until);
        }
        pump();
      },
      (error: unknown) => {
        done();
        // The store failed: nothing was sent; the call waiting longest gets the store's error.
        queues.shift(key)?.reject(error);
        pump();
      },
    );
  };

  const pump = () => {
    const now = clock.now();
    if (now < globalUntil) return queues.wakeAt(globalUntil, now);
    let wake = Number.POSITIVE_INFINITY;
    for (const key of queues.byKey.keys()) {
      if (busy.has(key)) continue;
      const until = blockedUntil.get(key) ?? 0;
      if (until > now) {
        wake = Math.min(wake, until);
        continue;
      }
      if (takes >= MAX_TAKES) break;
      acquire(key);
    }
    queues.wakeAt(wake, now);
  };

  const queues = createCallQueues({
    maxQueue,
    throttled,
    clock,
    pump,
    onEmpty: (key) => blockedUntil.delete(key),
  });
  return queues.transformer;
}
