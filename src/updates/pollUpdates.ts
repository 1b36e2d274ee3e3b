import { sleep as abortableSleep } from '../client/retry.js';
import type { Client } from '../client/types.js';
import { isApiError, isNetworkError, isResponseError, isTimeoutError, ValidationError } from '../errors/errors.js';
import type { Update } from '../types/botApi.js';
import type { Params } from '../types/methods.js';
import { backoff, checkHandler, reporter, retryInProcess, type UpdateHandlerOptions } from './boundary.js';
import { isWebhookReply } from './webhookReply.js';

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
  onRetry?: ((error: unknown, delayMs: number) => void) | undefined;
  /** The abortable sleep used for backoff and `retry_after` (injectable for tests). */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/**
 * Options of the handler form of {@link pollUpdates}: the poll options and the shared
 * `onUpdate`, `onError`, `maxAttempts`. A failed update is tried again after the same doubling
 * backoff as a fault (`backoffMs` up to `maxBackoffMs`).
 */
export interface PollHandlerOptions extends PollOptions, UpdateHandlerOptions {}

const int = (value: unknown, field: string, min: number, max: number): void => {
  if (value !== undefined && !(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) {
    throw new ValidationError(`${field} must be an integer from ${min} to ${max}`, { method: 'pollUpdates', field });
  }
};

/**
 * The handler form: long-polls `getUpdates` and hands each update to `onUpdate`, one at a time,
 * behind an error boundary. A failed attempt goes to `onError` with the update and is tried
 * again after a backoff; after `maxAttempts` failures (default 5) the update is skipped:
 * reported as an `UpdateSkippedError` and confirmed, so one bad update neither stops the bot nor
 * comes back at the next start. A {@link webhookReply} returned by `onUpdate` is sent through
 * the client. Faults of the poll itself behave as in the iterator form.
 *
 * @example
 * ```ts
 * import { createClient, pollUpdates } from 'telegram-forum';
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc', retry: false });
 * await pollUpdates(client, {
 *   signal: AbortSignal.timeout(60_000),
 *   onUpdate: (update) => console.log(update.update_id),
 *   onError: (error, update) => console.error(update?.update_id, error),
 * });
 * ```
 * @param client - the client to poll through
 * @param options - `onUpdate`, `onError`, `maxAttempts` and the options of the iterator form
 * @returns a promise that resolves when the `signal` ends the loop, and rejects with the
 *   `ApiError` of a 401, 409 or other 4xx
 * @throws ValidationError for a bad option, before any request
 */
export function pollUpdates(client: Client, options: PollHandlerOptions): Promise<void>;
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
export function pollUpdates(client: Client, options?: PollOptions): AsyncIterableIterator<Update>;
export function pollUpdates(
  client: Client,
  options: PollOptions | PollHandlerOptions = {},
): AsyncIterableIterator<Update> | Promise<void> {
  if ((options as Partial<PollHandlerOptions>).onUpdate === undefined) {
    if ((options as Partial<PollHandlerOptions>).onError !== undefined) {
      throw new ValidationError('onError goes with onUpdate (the handler form); a fault of the poll goes to onRetry', {
        method: 'pollUpdates',
        field: 'onError',
      });
    }
    return poll(client, options);
  }
  const handler = options as PollHandlerOptions;
  const max = checkHandler(handler, 'pollUpdates');
  return handle(client, poll(client, handler), handler, max);
}

/** The handler form's loop: each update until it is handled or skipped, then the next. */
async function handle(
  client: Client,
  updates: AsyncIterableIterator<Update>,
  options: PollHandlerOptions,
  max: number,
): Promise<void> {
  const { onUpdate, signal } = options;
  const base = options.backoffMs ?? 1_000;
  const cap = options.maxBackoffMs ?? 30_000;
  const attempt = async (update: Update) => {
    const result = await onUpdate(update);
    if (isWebhookReply(result)) await client.call(result.method, result.params as never, { signal });
  };
  const retry = {
    max,
    report: reporter(options.onError, 'pollUpdates'),
    delay: (failures: number) => backoff(failures, base, cap),
    sleep: options.sleep ?? abortableSleep,
    signal,
  };
  for await (const update of updates) {
    // Ended by the signal mid-retry: the update stays unconfirmed and comes again at the next start.
    if (!(await retryInProcess(update, attempt, retry))) return;
  }
}

/** The iterator form, its options checked at once. */
function poll(client: Client, options: PollOptions): AsyncIterableIterator<Update> {
  const { signal, allowed_updates, onRetry } = options;
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
    return backoff(failures, base, cap);
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
          onRetry?.(error, delay);
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
