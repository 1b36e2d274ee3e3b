import type { Transformer } from '../client/types.js';
import { ThrottleError } from '../errors/errors.js';
import type { RateWindow, SharedStore } from '../store/types.js';
import type { ThrottleClock, Waiting } from './types.js';

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
  const queues = new Map<string, Waiting[]>();
  const busy = new Set<string>();
  const blockedUntil = new Map<string, number>();
  let globalUntil = 0;
  let takes = 0;
  let waiting = 0;
  let timer: unknown;
  let timerAt = Number.POSITIVE_INFINITY;

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

  const schedule = (at: number, now: number) => {
    if (at === timerAt) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    timerAt = at;
    if (at === Number.POSITIVE_INFINITY) return;
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        timerAt = Number.POSITIVE_INFINITY;
        pump();
      },
      Math.max(0, Math.ceil(at - now)),
    );
  };

  const shift = (key: string): Waiting | undefined => {
    const queue = queues.get(key);
    const item = queue?.shift();
    // A key that was just served moves to the end of the turn order.
    queues.delete(key);
    if (queue && queue.length > 0) queues.set(key, queue);
    else blockedUntil.delete(key);
    if (item) {
      waiting--;
      if (item.onAbort) item.options.signal?.removeEventListener('abort', item.onAbort);
    }
    return item;
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
          const item = shift(key);
          if (item) {
            new Promise((resolve) => resolve(item.next(item.method, item.params, item.options))).then(
              item.resolve,
              item.reject,
            );
          }
        } else {
          const until = clock.now() + decision.waitMs;
          if (decision.window === 0) globalUntil = Math.max(globalUntil, until);
          else if (queues.has(key)) blockedUntil.set(key, until);
        }
        pump();
      },
      (error: unknown) => {
        done();
        // The store failed: nothing was sent; the call waiting longest gets the store's error.
        shift(key)?.reject(error);
        pump();
      },
    );
  };

  const pump = () => {
    const now = clock.now();
    if (now < globalUntil) return schedule(globalUntil, now);
    let wake = Number.POSITIVE_INFINITY;
    for (const key of queues.keys()) {
      if (busy.has(key)) continue;
      const until = blockedUntil.get(key) ?? 0;
      if (until > now) {
        wake = Math.min(wake, until);
        continue;
      }
      if (takes >= MAX_TAKES) break;
      acquire(key);
    }
    schedule(wake, now);
  };

  return (next, method, params, callOptions) => {
    if (!throttled(method)) return next(method, params, callOptions);
    const { signal } = callOptions;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (waiting >= maxQueue) return Promise.reject(new ThrottleError(method, maxQueue));
    const chat = params.chat_id;
    const key = typeof chat === 'number' || typeof chat === 'string' ? String(chat) : '';
    return new Promise((resolve, reject) => {
      const item: Waiting = { method, params, options: callOptions, next, resolve, reject };
      const queue = queues.get(key);
      if (queue) queue.push(item);
      else queues.set(key, [item]);
      waiting++;
      if (signal) {
        item.onAbort = () => {
          const list = queues.get(key);
          const index = list ? list.indexOf(item) : -1;
          if (!list || index < 0) return;
          list.splice(index, 1);
          if (list.length === 0) {
            queues.delete(key);
            blockedUntil.delete(key);
          }
          waiting--;
          reject(signal.reason);
        };
        signal.addEventListener('abort', item.onAbort, { once: true });
      }
      pump();
    });
  };
}
