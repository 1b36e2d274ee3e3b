import type { Transformer } from '../client/types.js';
import { ThrottleError } from '../errors/errors.js';
import type { ThrottleClock, Waiting } from './types.js';

/** What both throttles (in-process and shared-store) hold: the waiting calls and their timer. @internal */
export interface CallQueues {
  /**
   * Per key (a chat), a FIFO of waiting calls; never an empty one. Map order is the turn order:
   * a key that was just served moves to the end, so every waiting chat gets the next slot in turn.
   */
  readonly byKey: Map<string, Waiting[]>;
  /** Takes the next call of `key` and moves the key to the end of the turn order. */
  shift(key: string): Waiting | undefined;
  /** Sends a call taken with {@link CallQueues.shift}, settling its promise. */
  run(item: Waiting): void;
  /** Wakes `pump` at time `at` (one timer; `Infinity` clears it). */
  wakeAt(at: number, now: number): void;
  /** The transformer: passes other methods through, queues throttled ones and calls `pump`. */
  readonly transformer: Transformer;
}

/** How the queues reach the throttle that owns them. @internal */
export interface CallQueuesOptions {
  maxQueue: number;
  throttled: (method: string) => boolean;
  clock: ThrottleClock;
  /** Sends what the budget allows now, and calls `wakeAt` for later. */
  pump: () => void;
  /** Called when the queue of `key` empties (served or aborted). */
  onEmpty?: (key: string) => void;
}

/**
 * The queueing part the two throttles share: per-chat FIFOs in turn order, `maxQueue`, abort
 * (a waiting call whose signal aborts leaves its queue at once and rejects with the reason), and
 * one timer. Each throttle brings its own `pump`, which decides when a key may send.
 * @internal
 */
export function createCallQueues(options: CallQueuesOptions): CallQueues {
  const { maxQueue, throttled, clock, pump, onEmpty } = options;
  const byKey = new Map<string, Waiting[]>();
  let waiting = 0;
  let timer: unknown;
  let timerAt = Number.POSITIVE_INFINITY;

  const remove = (key: string) => {
    byKey.delete(key);
    onEmpty?.(key);
  };

  const shift = (key: string): Waiting | undefined => {
    const queue = byKey.get(key);
    const item = queue?.shift();
    byKey.delete(key);
    if (queue && queue.length > 0) byKey.set(key, queue);
    else remove(key);
    if (item) {
      waiting--;
      if (item.onAbort) item.options.signal?.removeEventListener('abort', item.onAbort);
    }
    return item;
  };

  const run = (item: Waiting) => {
    new Promise((resolve) => resolve(item.next(item.method, item.params, item.options))).then(
      item.resolve,
      item.reject,
    );
  };

  const wakeAt = (at: number, now: number) => {
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

  const transformer: Transformer = (next, method, params, callOptions) => {
    if (!throttled(method)) return next(method, params, callOptions);
    const { signal } = callOptions;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (waiting >= maxQueue) return Promise.reject(new ThrottleError(method, maxQueue));
    const chat = params.chat_id;
    const key = typeof chat === 'number' || typeof chat === 'string' ? String(chat) : '';
    return new Promise((resolve, reject) => {
      const item: Waiting = { method, params, options: callOptions, next, resolve, reject };
      const queue = byKey.get(key);
      if (queue) queue.push(item);
      else byKey.set(key, [item]);
      waiting++;
      if (signal) {
        item.onAbort = () => {
          const list = byKey.get(key);
          const index = list ? list.indexOf(item) : -1;
          if (!list || index < 0) return;
          list.splice(index, 1);
          if (list.length === 0) remove(key);
          waiting--;
          reject(signal.reason);
          pump();
        };
        signal.addEventListener('abort', item.onAbort, { once: true });
      }
      pump();
    });
  };

  return { byKey, shift, run, wakeAt, transformer };
}
