import {
  type ApiError,
  isApiError,
  isNetworkError,
  isResponseError,
  isTimeoutError,
  ValidationError,
} from '../errors/errors.js';
import type { CallNext, RetryOptions } from './types.js';

/** Sleeps `ms`, ending at once (with the signal's reason) when `signal` aborts. @internal */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
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

const count = (value: unknown, field: string, fallback: number, min: number): number => {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new ValidationError(`retry.${field} must be a number ≥ ${min}`, { field: `retry.${field}` });
  }
  return value;
};

/**
 * Wraps a call with the retry policy: a 429 is retried after `retry_after` while that stays
 * under `maxRetryAfterMs` (a 429 was not carried out, so this is always safe); network
 * faults, timeouts and 5xx are retried with capped, jittered backoff, but only for
 * read-only methods unless `retryUnsafe` is set.
 * @internal
 */
export function withRetry(next: CallNext, options: RetryOptions): CallNext {
  const maxAttempts = Math.floor(count(options.maxAttempts, 'maxAttempts', 3, 1));
  const maxRetryAfterMs = count(options.maxRetryAfterMs, 'maxRetryAfterMs', 30_000, 0);
  const baseDelayMs = count(options.baseDelayMs, 'baseDelayMs', 500, 0);
  const maxDelayMs = count(options.maxDelayMs, 'maxDelayMs', 10_000, 0);
  const unsafe = options.retryUnsafe === true;
  if (maxAttempts === 1) return next;
  return async (method, params, callOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(method, params, callOptions);
      } catch (error) {
        if (attempt >= maxAttempts) throw error;
        let wait: number;
        if (isApiError(error) && error.error_code === 429) {
          wait = ((error as ApiError).retryAfter ?? 1) * 1000;
          if (wait > maxRetryAfterMs) throw error;
          wait += Math.random() * 250;
        } else if (
          (isNetworkError(error) ||
            isTimeoutError(error) ||
            (isApiError(error) && error.error_code >= 500) ||
            (isResponseError(error) && error.status >= 500)) &&
          (unsafe || method.startsWith('get'))
        ) {
          // Full jitter over an exponential ceiling.
          wait = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
        } else {
          throw error;
        }
        await sleep(wait, callOptions.signal);
      }
    }
  };
}
