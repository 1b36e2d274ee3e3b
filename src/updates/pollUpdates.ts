import { sleep as abortableSleep } from '../client/retry.js';
import type { Client } from '../client/types.js';
import { isApiError, isNetworkError, isResponseError, isTimeoutError, ValidationError } from '../errors/errors.js';
import type { Update } from '../types/botApi.js';
import type { Params } from '../types/methods.js';

/** Options of {@link pollUpdates}. */
export interface PollOptions {
  /** Stops the loop, even in the middle of a long poll; the iterator then ends (it does not throw). */
  signal?: AbortSignal | undefined;
  /** Long-poll timeout in seconds, 0-50. Default 30. */
  timeout?: number | undefined;
  /** Updates per request, 1-100. Default 100 (Telegram's default). */
  limit?: number | undefined;
  /** Update types to receive; omitted keeps the bot's previous setting. */
  allowed_updates?: Params<'getUpdates'>['allowed_updates'];
  /** First offset to ask for; default: the earliest unconfirmed update. */
  offset?: number | undefined;
  /** Added to the long-poll timeout to make the HTTP timeout of each request, in ms. Default 10,000. */
  timeoutMarginMs?: number | undefined;
  /** First backoff after a network fault, timeout or 5xx, in ms; doubles per failure. Default 1,000. */
  backoffMs?: number | undefined;
  /** Largest backoff, in ms (a random part of up to half of it is taken off). Default 30,000. */
  maxBackoffMs?: number | undefined;
  /**
   * When the loop ends by `break`, `return` or the signal, send one short `getUpdates` that
   * confirms the updates already handled, so they do not come again on the next start.
   * Default `true`. The update in hand when the loop body ended is never confirmed.
   */
  confirmOnStop?: boolean | undefined;
  /** Told about each fault the loop recovers from, with the wait before the next try (ms). */
  onError?: ((error: unknown, delayMs: number) => void) | undefined;
  /** The abortable sleep used for backoff and `retry_after` (injectable for tests). */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

const int = (value: unknown, field: string, min: number, max: number): void => {
  if (value !== undefined && !(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) {
    throw new ValidationError(`${field} must be an integer from ${min} to ${max}`, { method: 'pollUpdates', field });
  }
};

/**
 * Long-polls `getUpdates` and yields each update, oldest first, one at a time.
 *
 * Nothing is lost: an update is confirmed to Telegram only once the consumer asks for the
 * next one, so an update whose handling threw (or whose process died) comes again on the
 * next start. Each request's HTTP timeout is its long-poll `timeout` plus `timeoutMarginMs`.
 *
 * - 401, 409 (a webhook is set, or another poller runs) and any other 4xx end the loop by
 *   throwing the `ApiError`; retrying cannot fix them.
 * - 429 waits `retry_after` seconds, then polls again.
 * - Network faults, timeouts and 5xx wait a capped, jittered, doubling backoff, then poll again.
 * - The `signal` ends the loop at once, mid-poll or mid-wait; the iterator then just ends.
 *
 * Bad options throw a `ValidationError` at once, before any request. A client created with
 * `retry` on (the default) first retries faults itself; create it with `retry: false` to let
 * the poller's backoff be the only policy.
 *
 * @example
 * ```ts
 * import { createClient, pollUpdates } from 'telegram-forum';
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc', retry: false });
 * for await (const update of pollUpdates(client, { signal: AbortSignal.timeout(60_000) })) {
 *   console.log(update.update_id);
 * }
 * ```
 * @param client - the client to poll through
 * @param options - `signal`, `timeout`, `limit`, `allowed_updates`, backoff and confirmation options
 * @returns an async iterable of updates
 */
export function pollUpdates(client: Client, options: PollOptions = {}): AsyncIterableIterator<Update> {
  const { signal, allowed_updates, onError } = options;
  const timeout = options.timeout ?? 30;
  int(timeout, 'timeout', 0, 50);
  int(options.limit, 'limit', 1, 100);
  int(options.offset, 'offset', -(2 ** 53), 2 ** 53);
  int(options.timeoutMarginMs, 'timeoutMarginMs', 1, 2 ** 31 - 1);
  int(options.backoffMs, 'backoffMs', 0, 2 ** 31 - 1);
  int(options.maxBackoffMs, 'maxBackoffMs', 0, 2 ** 31 - 1);
  if (allowed_updates !== undefined && !Array.isArray(allowed_updates)) {
    throw new ValidationError('allowed_updates must be an array of update types', {
      method: 'pollUpdates',
      field: 'allowed_updates',
    });
  }
  const margin = options.timeoutMarginMs ?? 10_000;
  const base = options.backoffMs ?? 1_000;
  const cap = options.maxBackoffMs ?? 30_000;
  const wait = options.sleep ?? abortableSleep;
  const params: Params<'getUpdates'> = { timeout };
  if (options.limit !== undefined) params.limit = options.limit;
  if (allowed_updates !== undefined) params.allowed_updates = allowed_updates;

  /** How long to wait after `error`, the `failures`-th in a row; throws when retrying cannot help. */
  const delayFor = (error: unknown, failures: number): number => {
    if (isApiError(error)) {
      if (error.error_code === 429) return (error.retryAfter ?? 1) * 1000;
      if (error.error_code < 500) throw error;
    } else if (
      !(
        isNetworkError(error) ||
        isTimeoutError(error) ||
        (isResponseError(error) && !(error.status >= 400 && error.status < 500))
      )
    ) {
      throw error;
    }
    const ceiling = Math.min(cap, base * 2 ** (failures - 1));
    return ceiling - (Math.random() * ceiling) / 2;
  };

  return (async function* run(): AsyncGenerator<Update, void, undefined> {
    let offset = options.offset;
    let sent = offset;
    let failures = 0;
    let confirm = options.confirmOnStop !== false;
    try {
      while (!signal?.aborted) {
        let batch: Update[];
        try {
          sent = offset;
          batch = await client.call('getUpdates', offset === undefined ? params : { ...params, offset }, {
            signal,
            timeoutMs: margin,
          });
          failures = 0;
        } catch (error) {
          if (signal?.aborted) return;
          let delay: number;
          try {
            delay = delayFor(error, ++failures);
          } catch (fatal) {
            // A 409 means another consumer owns the queue now: a confirming call would end *its* poll.
            confirm = false;
            throw fatal;
          }
          onError?.(error, delay);
          try {
            await wait(delay, signal);
          } catch (reason) {
            if (signal?.aborted) return;
            throw reason;
          }
          continue;
        }
        for (const update of batch) {
          yield update;
          // Reached only when the consumer asked for the next update: this one is handled.
          offset = update.update_id + 1;
          if (signal?.aborted) return;
        }
      }
    } finally {
      // Repeating the last offset would make Telegram hold the call (anti-busy-loop), so only
      // a newer offset is sent. Best effort: a failure here only means a redelivery.
      if (confirm && offset !== undefined && offset !== sent) {
        await client
          .call('getUpdates', { offset, limit: 1, timeout: 0 }, { timeoutMs: Math.min(margin, 5_000) })
          .catch(() => {});
      }
    }
  })();
}
