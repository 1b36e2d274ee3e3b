import { UpdateSkippedError, ValidationError } from '../errors/errors.js';
import type { Update } from '../types/botApi.js';

/**
 * What a bot does with its updates: the options `webhookHandler` and the handler form of
 * `pollUpdates` share, so one `{ onUpdate, onError }` object serves both.
 */
export interface UpdateHandlerOptions {
  /**
   * Handles one update. A throw or a rejection is a failed attempt: the error goes to `onError`
   * with the update, and the update is tried again, up to `maxAttempts` times in all. It may
   * return a {@link webhookReply} to make one Bot API call without a request of its own.
   */
  onUpdate: (update: Update) => unknown;
  /**
   * The one place errors go, with the update when there is one: the error of each failed attempt,
   * an {@link UpdateSkippedError} when an update is given up, a {@link WebhookError} when a
   * webhook request could not be handled. Default: `console.error` with the `update_id` and the
   * error, nothing else (no URL, header or body). Whatever it throws is ignored.
   */
  onError?: ((error: unknown, update?: Update) => void) | undefined;
  /**
   * How many times one update is tried before it is skipped: confirmed to Telegram, so it is not
   * delivered again, and reported with an {@link UpdateSkippedError}. Default 5; at least 1.
   * `Infinity` never skips (a failing update then comes again until Telegram drops it).
   */
  maxAttempts?: number | undefined;
}

/** Where errors go when no `onError` is given. */
const log = (where: string) => (error: unknown, update?: Update) => {
  console.error(`[telegram-forum] ${where}${update ? ` update ${update.update_id}` : ''}:`, error);
};

/**
 * The error reporter of `webhookHandler` / `pollUpdates`: `onError`, or the console when there
 * is none. Never throws.
 * @internal
 */
export function reporter(
  onError: UpdateHandlerOptions['onError'],
  where: string,
): (error: unknown, update?: Update) => void {
  const report = onError ?? log(where);
  return (error, update) => {
    try {
      report(error, update);
    } catch {}
  };
}

/**
 * Checks the shared options and returns `maxAttempts` (default 5).
 * @internal
 */
export function checkHandler(options: UpdateHandlerOptions, method: string): number {
  const fail = (message: string, field: string) => new ValidationError(message, { method, field });
  if (typeof options.onUpdate !== 'function') throw fail('onUpdate must be a function', 'onUpdate');
  if (options.onError !== undefined && typeof options.onError !== 'function')
    throw fail('onError must be a function', 'onError');
  const max = options.maxAttempts ?? 5;
  if (!(max === Number.POSITIVE_INFINITY || (Number.isInteger(max) && max >= 1))) {
    throw fail('maxAttempts must be a positive integer or Infinity', 'maxAttempts');
  }
  return max;
}

/** Failures remembered at most, oldest forgotten first (updates Telegram dropped never come back). */
const REMEMBERED = 10_000;

/**
 * Counts failed attempts per `update_id` in this process, for a webhook whose retries are
 * Telegram's redeliveries.
 * @internal
 */
export function attemptCounter(max: number) {
  const failures = new Map<number, number>();
  return {
    /** Records a failure; returns how many failed so far and whether the update is now given up. */
    failed(id: number): { attempts: number; skip: boolean } {
      const attempts = (failures.get(id) ?? 0) + 1;
      failures.delete(id);
      if (attempts >= max) return { attempts, skip: true };
      failures.set(id, attempts);
      if (failures.size > REMEMBERED) failures.delete(failures.keys().next().value as number);
      return { attempts, skip: false };
    },
    /** Forgets an update that was handled. */
    handled(id: number): void {
      failures.delete(id);
    },
  };
}

/**
 * Tries an update until `attempt` succeeds or `max` attempts failed, waiting between attempts;
 * reports each failure and the skip. Resolves `false` only when `signal` ended it first (the
 * update is then neither handled nor skipped).
 * @internal
 */
export async function retryInProcess(
  update: Update,
  attempt: (update: Update) => Promise<unknown>,
  options: {
    max: number;
    report: (error: unknown, update?: Update) => void;
    delay: (failures: number) => number;
    sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
    signal?: AbortSignal | undefined;
  },
): Promise<boolean> {
  for (let failures = 1; ; failures++) {
    try {
      await attempt(update);
      return true;
    } catch (error) {
      options.report(error, update);
      if (failures >= options.max) {
        options.report(new UpdateSkippedError(update.update_id, failures, { cause: error }), update);
        return true;
      }
    }
    try {
      await options.sleep(options.delay(failures), options.signal);
    } catch (reason) {
      if (options.signal?.aborted) return false;
      throw reason;
    }
    if (options.signal?.aborted) return false;
  }
}

/**
 * A doubling delay from `base` up to `cap`, with up to half taken off at random.
 * @internal
 */
export const backoff = (failures: number, base: number, cap: number): number => {
  const ceiling = Math.min(cap, base * 2 ** (failures - 1));
  return ceiling - (Math.random() * ceiling) / 2;
};
