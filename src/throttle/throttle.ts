import type { Transformer } from '../client/types.js';
import { ValidationError } from '../errors/errors.js';
import type { SharedStore } from '../store/types.js';
import { createCallQueues } from './queues.js';
import { sharedThrottle } from './shared.js';
import type { ThrottleClock } from './types.js';

export type { ThrottleClock } from './types.js';

/** Options of {@link throttle}. The defaults are Telegram's documented limits. */
export interface ThrottleOptions {
  /** Sends per second across all chats. Default 30. */
  globalPerSecond?: number | undefined;
  /** Sends per second to one chat. Default 1. */
  chatPerSecond?: number | undefined;
  /**
   * Sends to one chat that may go at once. The chat then keeps to `chatPerSecond` on average:
   * at most `chatBurst` sends in any `chatBurst / chatPerSecond` seconds (3 in 3 s). Default 3.
   */
  chatBurst?: number | undefined;
  /** Sends in any minute to one group, supergroup or channel (on top of the per-chat rate). Default 20. */
  groupPerMinute?: number | undefined;
  /**
   * Sends to one group that may go at once; then at most `groupBurst` in any
   * `groupBurst × 60 / groupPerMinute` seconds (3 in 9 s), so a busy group sends steadily
   * instead of 20 at once and then nothing for a minute. Default 3.
   */
  groupBurst?: number | undefined;
  /** Calls that may wait at once; one more is refused with a `ThrottleError`. Default 1,000. */
  maxQueue?: number | undefined;
  /** Which methods are throttled. Default: {@link isThrottledMethod}. Others pass straight through. */
  methods?: ((method: string) => boolean) | undefined;
  /** Clock and timers; default `Date.now` and the global `setTimeout`. */
  clock?: ThrottleClock | undefined;
  /**
   * Keep the windows in this store instead of in this process, so that every instance of the
   * bot that shares it (e.g. `createRedisStore()` from `telegram-forum/redis`) draws from one
   * budget and all of them together stay within Telegram's limits. Each call then costs one
   * atomic `take` in the store before it is sent.
   */
  store?: SharedStore | undefined;
  /**
   * Names this bot's windows in the store; give each bot token its own when several bots share
   * a store (the limits are per bot). Default `"bot"`.
   */
  namespace?: string | undefined;
}

/**
 * The methods the throttle holds back by default: those that post or change a message in a
 * chat (`send*` except `sendChatAction`, `copyMessage(s)`, `forwardMessage(s)`, `editMessage*`).
 * Reads and everything else pass through.
 * @param method - a Bot API method name
 * @returns whether it counts against Telegram's message limits
 */
export const isThrottledMethod = (method: string): boolean =>
  /^(send[A-Z]|copyMessages?$|forwardMessages?$|editMessage)/.test(method) && method !== 'sendChatAction';

/** A sliding window: at most `limit` sends in any `ms` milliseconds; `times` are the recent ones. */
interface Window {
  limit: number;
  ms: number;
  times: number[];
}

const windowOf = (limit: number, ms: number): Window => ({ limit, ms, times: [] });
/** When `w` lets the next send go: now, or when its oldest send leaves the window. */
const readyAt = (w: Window, now: number): number => {
  while (w.times.length > 0 && w.times[0]! <= now - w.ms) w.times.shift();
  return w.times.length < w.limit ? now : w.times[0]! + w.ms;
};

const positive = (value: unknown, field: string, fallback: number): number => {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0 && value < Number.POSITIVE_INFINITY)) {
    throw new ValidationError(`throttle.${field} must be a positive number`, { field: `throttle.${field}` });
  }
  return value;
};

const systemClock: ThrottleClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A transformer that keeps a bot under Telegram's limits for sending: about 30 messages per
 * second in all, 1 per second to one chat (short bursts allowed) and 20 per minute to one group.
 * Each limit is a sliding window, so it holds over every period, not only on average.
 *
 * - **Keyed by `chat_id`**, so all topics of one forum share their group's budget: 20 messages
 *   per minute to a forum supergroup is the total over all its topics, General included.
 *   A negative `chat_id` or an `@username` counts as a group (supergroups and channels).
 * - **Fair**: chats take turns. A group that has used its budget waits alone; messages to other
 *   chats go out meanwhile, and the group never waits behind them for more than its own budget.
 * - **Bounded**: at most `maxQueue` calls wait; one more is refused at once with a `ThrottleError`.
 * - **Abort-aware**: a waiting call whose signal aborts leaves the queue at once and rejects with
 *   the signal's reason. Time spent waiting does not count against the client's `timeoutMs`.
 * - Only sending methods are throttled ({@link isThrottledMethod}); reads pass straight through.
 *
 * Add it once per bot token (one transformer holds one budget). A bot that runs as several
 * processes passes `store` (and, when bots share the store, `namespace`): the windows then live
 * in the store and hold for all processes together; fairness between chats holds within each
 * process.
 *
 * @example
 * ```ts
 * import { createClient, throttle } from 'telegram-forum';
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc' }).use(throttle());
 * ```
 * @param options - rates, bursts, queue size, which methods, an injectable clock, and a shared store
 * @returns the transformer, for `client.use`
 */
export function throttle(options: ThrottleOptions = {}): Transformer {
  const globalPerSecond = positive(options.globalPerSecond, 'globalPerSecond', 30);
  const chatPerSecond = positive(options.chatPerSecond, 'chatPerSecond', 1);
  const chatBurst = Math.max(1, Math.floor(positive(options.chatBurst, 'chatBurst', 3)));
  const groupPerMinute = positive(options.groupPerMinute, 'groupPerMinute', 20);
  const groupBurst = Math.max(1, Math.floor(positive(options.groupBurst, 'groupBurst', 3)));
  const maxQueue = Math.floor(positive(options.maxQueue, 'maxQueue', 1000));
  const throttled = options.methods ?? isThrottledMethod;
  if (typeof throttled !== 'function') {
    throw new ValidationError('throttle.methods must be a function', { field: 'throttle.methods' });
  }
  const clock = options.clock ?? systemClock;
  if (options.store !== undefined) {
    if (typeof options.store?.take !== 'function') {
      throw new ValidationError('throttle.store must be a SharedStore', { field: 'throttle.store' });
    }
    const namespace = options.namespace ?? 'bot';
    if (typeof namespace !== 'string' || !/^[^\s]{1,100}$/.test(namespace)) {
      throw new ValidationError('throttle.namespace must be 1-100 characters without spaces', {
        field: 'throttle.namespace',
      });
    }
    return sharedThrottle({
      store: options.store,
      namespace,
      globalLimit: Math.max(1, Math.floor(globalPerSecond)),
      chatBurst,
      // Whole milliseconds, rounded up: a window a little longer only slows down a little.
      chatMs: Math.ceil((chatBurst * 1000) / chatPerSecond),
      groupLimit: Math.floor(groupPerMinute) || 1,
      groupBurst,
      groupBurstMs: Math.ceil((groupBurst * 60_000) / groupPerMinute),
      maxQueue,
      throttled,
      clock,
    });
  }

  // Windows rather than token buckets: "N per period" then holds for every period, however
  // it is measured, so the throttle itself never causes a 429. A rate r with bursts of b
  // becomes "b per b/r"; a group also gets "groupPerMinute per minute".
  const global = windowOf(Math.max(1, Math.floor(globalPerSecond)), 1000);
  const globalOnly: Window[] = [];
  // Per key: its windows (chat, and for groups the group ones). Empty, idle ones are swept.
  const budgets = new Map<string, Window[]>();
  let sweepAt = 1024;

  const budgetOf = (key: string): Window[] => {
    // '' is a send without chat_id (e.g. an inline message edit): only the global rate applies.
    if (key === '') return globalOnly;
    let found = budgets.get(key);
    if (!found) {
      found = [windowOf(chatBurst, (chatBurst * 1000) / chatPerSecond)];
      if (key.startsWith('-') || key.startsWith('@')) {
        found.push(windowOf(Math.floor(groupPerMinute) || 1, 60_000));
        found.push(windowOf(groupBurst, (groupBurst * 60_000) / groupPerMinute));
      }
      budgets.set(key, found);
    }
    return found;
  };

  const sweep = (now: number) => {
    for (const [key, list] of budgets) {
      if (queues.byKey.has(key)) continue;
      if (list.every((w) => readyAt(w, now) === now && w.times.length === 0)) budgets.delete(key);
    }
    sweepAt = Math.max(1024, budgets.size * 2);
  };

  const pump = () => {
    const now = clock.now();
    let wake = Number.POSITIVE_INFINITY;
    while (queues.byKey.size > 0) {
      if (readyAt(global, now) > now) {
        wake = readyAt(global, now);
        break;
      }
      let chosen: string | undefined;
      wake = Number.POSITIVE_INFINITY;
      for (const key of queues.byKey.keys()) {
        let at = now;
        for (const w of budgetOf(key)) at = Math.max(at, readyAt(w, now));
        if (at <= now) {
          chosen = key;
          break;
        }
        wake = Math.min(wake, at);
      }
      if (chosen === undefined) break;
      global.times.push(now);
      for (const w of budgetOf(chosen)) w.times.push(now);
      queues.run(queues.shift(chosen)!);
    }
    if (budgets.size > sweepAt) sweep(now);
    queues.wakeAt(queues.byKey.size > 0 ? wake : Number.POSITIVE_INFINITY, now);
  };

  const queues = createCallQueues({ maxQueue, throttled, clock, pump });
  return queues.transformer;
}
