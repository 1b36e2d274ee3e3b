import { invalid, isApiError, isNetworkError, isResponseError, isTimeoutError } from '../errors/errors.js';
import type { CallNext, RetryOptions } from './types.js';

/** Sleeps `ms`, ending at once (with the signal's reason) when `signal` aborts. @internal */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // Throwing here rejects the promise: an aborted signal fires no more events.
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The number option `field` of `options`, checked to be from `min` to `max`, or `fallback`. */
const count = (
  options: RetryOptions,
  field: 'maxAttempts' | 'maxRetryAfterMs' | 'baseDelayMs' | 'maxDelayMs',
  fallback: number,
  min: number,
  max = 2_147_483_647,
): number => {
  const value = options[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw invalid(`retry.${field}`, `must be a number from ${min} to ${max}`);
  }
  return value;
};

/**
 * True when a failed call of `method` can be sent again without risk: every Bot API getter
 * (`getMe`, `getChat`, `getFile`, `getUpdates`, …) only reads. Nothing else is assumed
 * idempotent: even `answerCallbackQuery` or `deleteMessage` fail differently the second time.
 * @internal
 */
export const isReadOnly = (method: string): boolean => /^get[A-Z]/.test(method);

/**
 * Wraps a call with the retry policy.
 *
 * - A 429 was not carried out, so it is retried for every method after `retry_after` (plus up
 *   to 10% jitter) while that stays within `maxRetryAfterMs`; a longer wait surfaces at once.
 * - Network faults, timeouts, 5xx and unreadable answers may hide a request that was carried
 *   out, so they are retried (full jitter over an exponential ceiling) only for read-only
 *   methods and those the caller names in `retryUnsafe` (or all, with `true`).
 * - At most `maxAttempts` attempts; the client's timeout applies to each attempt, not to the
 *   sleeps, and every sleep ends at once when the call's signal aborts.
 * @internal
 */
export function withRetry(next: CallNext, options: RetryOptions): CallNext {
  const maxAttempts = Math.floor(count(options, 'maxAttempts', 3, 1, 100));
  const maxRetryAfterMs = count(options, 'maxRetryAfterMs', 30_000, 0);
  const baseDelayMs = count(options, 'baseDelayMs', 500, 0);
  const maxDelayMs = count(options, 'maxDelayMs', 10_000, 0);
  const { retryUnsafe } = options;
  if (
    retryUnsafe !== undefined &&
    typeof retryUnsafe !== 'boolean' &&
    !(Array.isArray(retryUnsafe) && retryUnsafe.every((m) => typeof m === 'string'))
  ) {
    throw invalid('retry.retryUnsafe', 'must be a boolean or a list of method names');
  }
  if (maxAttempts === 1) return next;
  return async (method, params, callOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(method, params, callOptions);
      } catch (error) {
        if (attempt >= maxAttempts) throw error;
        let wait: number;
        if (isApiError(error) && error.error_code === 429) {
          wait = (error.retryAfter ?? 1) * 1000;
          if (!(wait <= maxRetryAfterMs)) throw error;
          wait += Math.random() * wait * 0.1;
        } else if (
          (isNetworkError(error) ||
            isTimeoutError(error) ||
            (isApiError(error) && error.error_code >= 500) ||
            // Garbled 2xx (truncated JSON) and 5xx pages; a 4xx page will not change on retry.
            (isResponseError(error) && (error.status >= 500 || error.status < 400))) &&
          (isReadOnly(method) || retryUnsafe === true || (Array.isArray(retryUnsafe) && retryUnsafe.includes(method)))
        ) {
          wait = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
        } else {
          throw error;
        }
        await sleep(wait, callOptions.signal);
      }
    }
  };
}
