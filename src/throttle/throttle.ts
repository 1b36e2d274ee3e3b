import type { CallNext, CallOptions, Transformer } from '../client/types.js';
import { ThrottleError, ValidationError } from '../errors/errors.js';

/** A clock and timer, injectable so tests can drive time by hand. */
export interface ThrottleClock {
  /** The current time in milliseconds. */
  now(): number;
  /** Runs `fn` after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a timer set with `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** Options of {@link throttle}. The defaults are Telegram's documented limits. */
export interface ThrottleOptions {
  /** Sends per second across all chats. Default 30. */
  globalPerSecond?: number | undefined;
  /** Sends per second to one chat. Default 1. */
  chatPerSecond?: number | undefined;
  /** Sends to one chat that may go at once before `chatPerSecond` applies. Default 3. */
  chatBurst?: number | undefined;
  /** Sends per minute to one group, supergroup or channel (on top of the per-chat rate). Default 20. */
  groupPerMinute?: number | undefined;
  /** Sends to one group that may go at once before `groupPerMinute` applies. Default 3. */
  groupBurst?: number | undefined;
  /** Calls that may wait at once; one more is refused with a `ThrottleError`. Default 1,000. */
  maxQueue?: number | undefined;
  /** Which methods are throttled. Default: {@link isThrottledMethod}. Others pass straight through. */
  methods?: ((method: string) => boolean) | undefined;
  /** Clock and timers; default `Date.now` and the global `setTimeout`. */
  clock?: ThrottleClock | undefined;
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

/** A token bucket: `tokens` as of time `at`, refilled at `rate` per ms up to `cap`. */
interface Bucket {
  tokens: number;
  at: number;
  rate: number;
  cap: number;
}

interface Waiting {
  method: string;
  params: Record<string, unknown>;
  options: CallOptions;
  next: CallNext;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  onAbort?: () => void;
}

const bucket = (rate: number, cap: number, now: number): Bucket => ({ tokens: cap, at: now, rate, cap });
const refill = (b: Bucket, now: number) => {
  b.tokens = Math.min(b.cap, b.tokens + (now - b.at) * b.rate);
  b.at = now;
};
// Rounding must not leave a bucket at 0.9999… for ever.
const EPSILON = 1e-9;
const readyAt = (b: Bucket, now: number) => (b.tokens >= 1 - EPSILON ? now : now + (1 - b.tokens) / b.rate);

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
 * Add it once per bot token (one transformer holds one budget).
 *
 * @example
 * ```ts
 * import { createClient, throttle } from 'telegram-forum';
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc' }).use(throttle());
 * ```
 * @param options - rates, bursts, queue size, which methods, and an injectable clock
 * @returns the transformer, for `client.use`
 */
export function throttle(options: ThrottleOptions = {}): Transformer {
  const globalRate = positive(options.globalPerSecond, 'globalPerSecond', 30) / 1000;
  const chatRate = positive(options.chatPerSecond, 'chatPerSecond', 1) / 1000;
  const chatBurst = Math.max(1, positive(options.chatBurst, 'chatBurst', 3));
  const groupRate = positive(options.groupPerMinute, 'groupPerMinute', 20) / 60_000;
  const groupBurst = Math.max(1, positive(options.groupBurst, 'groupBurst', 3));
  const maxQueue = Math.floor(positive(options.maxQueue, 'maxQueue', 1000));
  const throttled = options.methods ?? isThrottledMethod;
  if (typeof throttled !== 'function') {
    throw new ValidationError('throttle.methods must be a function', { field: 'throttle.methods' });
  }
  const clock = options.clock ?? systemClock;

  const global = bucket(globalRate, Math.max(1, globalRate * 1000), clock.now());
  // Per key: a FIFO of waiting calls. Map order is the turn order: a key that was just
  // served moves to the end, so every waiting chat is offered the next global token in turn.
  const queues = new Map<string, Waiting[]>();
  // Per key: the chat bucket and, for groups, the group bucket. Full, idle ones are swept.
  const budgets = new Map<string, Bucket[]>();
  let waiting = 0;
  let timer: unknown;
  let timerAt = Number.POSITIVE_INFINITY;
  let sweepAt = 1024;

  const budgetOf = (key: string, now: number): Bucket[] => {
    let found = budgets.get(key);
    if (!found) {
      // '' is a send without chat_id (e.g. an inline message edit): only the global rate applies.
      const group = key.startsWith('-') || key.startsWith('@');
      found = key === '' ? [] : [bucket(chatRate, chatBurst, now)];
      if (group) found.push(bucket(groupRate, groupBurst, now));
      budgets.set(key, found);
    }
    return found;
  };

  const sweep = (now: number) => {
    for (const [key, list] of budgets) {
      if (queues.has(key)) continue;
      const full = list.every((b) => {
        refill(b, now);
        return b.tokens >= b.cap - EPSILON;
      });
      if (full) budgets.delete(key);
    }
    sweepAt = Math.max(1024, budgets.size * 2);
  };

  const pump = () => {
    const now = clock.now();
    let wake = Number.POSITIVE_INFINITY;
    while (queues.size > 0) {
      refill(global, now);
      if (readyAt(global, now) > now) {
        wake = readyAt(global, now);
        break;
      }
      let chosen: string | undefined;
      wake = Number.POSITIVE_INFINITY;
      for (const key of queues.keys()) {
        let at = now;
        for (const b of budgetOf(key, now)) {
          refill(b, now);
          at = Math.max(at, readyAt(b, now));
        }
        if (at <= now) {
          chosen = key;
          break;
        }
        wake = Math.min(wake, at);
      }
      if (chosen === undefined) break;
      const queue = queues.get(chosen)!;
      const item = queue.shift()!;
      queues.delete(chosen);
      if (queue.length > 0) queues.set(chosen, queue);
      global.tokens -= 1;
      for (const b of budgetOf(chosen, now)) b.tokens -= 1;
      dispatch(item);
    }
    if (budgets.size > sweepAt) sweep(now);
    schedule(queues.size > 0 ? wake : Number.POSITIVE_INFINITY, now);
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

  const dispatch = (item: Waiting) => {
    waiting--;
    if (item.onAbort) item.options.signal?.removeEventListener('abort', item.onAbort);
    new Promise((resolve) => resolve(item.next(item.method, item.params, item.options))).then(
      item.resolve,
      item.reject,
    );
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
          if (list.length === 0) queues.delete(key);
          waiting--;
          reject(signal.reason);
          pump();
        };
        signal.addEventListener('abort', item.onAbort, { once: true });
      }
      pump();
    });
  };
}
