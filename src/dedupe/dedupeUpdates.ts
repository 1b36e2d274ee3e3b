import { sleep } from '../client/retry.js';
import { isTelegramError, TelegramError, ValidationError } from '../errors/errors.js';
import { claim } from '../store/lease.js';
import { createMemoryStore } from '../store/memoryStore.js';
import type { SharedStore } from '../store/types.js';
import type { Update } from '../types/botApi.js';

/** Options of {@link dedupeUpdates}. */
export interface DedupeOptions<U> {
  /** Where handled update ids are kept: one store for all instances. Default: in memory (this process). */
  store?: SharedStore | undefined;
  /** How long a handled `update_id` is remembered, in ms. Default 3,600,000 (one hour). */
  windowMs?: number | undefined;
  /**
   * How long an instance may hold an update it is handling before another may take it over
   * (renewed every third of it while the handler runs, so only a crashed instance loses it).
   * Default 30,000.
   */
  leaseMs?: number | undefined;
  /**
   * How long a copy waits for the instance that holds the same update to finish. Then it
   * throws an {@link UpdateInProgressError} (a webhook answers 500, and Telegram delivers it
   * again later). Default 10,000.
   */
  waitMs?: number | undefined;
  /** Names this bot's update ids in the store (update ids are per bot). Default `"bot"`. */
  namespace?: string | undefined;
  /** Told about each copy that was acknowledged without being handled. */
  onDuplicate?: ((update: U) => void) | undefined;
}

/** The same update was still being handled by another instance after `waitMs`. */
export class UpdateInProgressError extends TelegramError {
  /** Always `"UpdateInProgressError"`, also in minified builds. */
  override name = 'UpdateInProgressError';
  /** The update's id. */
  declare readonly update_id: number;

  /**
   * @param update_id - the update's id
   * @param waitMs - how long the copy waited
   */
  constructor(update_id: number, waitMs: number) {
    super(`update ${update_id} was still being handled by another instance after ${waitMs} ms`);
    this.update_id = update_id;
  }
}

const DONE = 'done';

const integer = (value: unknown, field: string, fallback: number, min: number): number => {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && (value as number) >= min)) {
    throw new ValidationError(`${field} must be an integer of at least ${min}`, { method: 'dedupeUpdates', field });
  }
  return value as number;
};

/**
 * Wraps an update handler so that each `update_id` is handled once by all instances that share
 * the store, however often Telegram delivers it (a webhook answer that came too late, a load
 * balancer that retried, two instances behind one URL). Use the result as `onUpdate` of
 * `webhookHandler`, or call it in a `pollUpdates` loop.
 *
 * - The first copy claims the id (atomically, with a lease renewed while the handler runs)
 *   and handles it; once the handler resolves, the id is remembered as handled for `windowMs`.
 * - A copy of a handled id resolves at once without calling the handler: it is acknowledged.
 * - A copy that arrives while another instance still handles it waits (up to `waitMs`) for that
 *   outcome: acknowledged when it succeeded; handled here when it failed or its instance died
 *   (its lease ran out). So an update is never lost to de-duplication.
 * - When the handler throws, the claim is released and the error passes through (a webhook
 *   answers 500, and the next delivery is handled anew).
 *
 * @example
 * ```ts
 * import { dedupeUpdates, webhookHandler } from 'telegram-forum';
 *
 * const handler = webhookHandler({
 *   secretToken: process.env.WEBHOOK_SECRET ?? 'change-me',
 *   onUpdate: dedupeUpdates(async (update) => console.log('handled once:', update.update_id)),
 * });
 * ```
 * @param onUpdate - the handler to protect
 * @param options - `store` (shared by the instances), `windowMs`, `leaseMs`, `waitMs`, `namespace`, `onDuplicate`
 * @returns a handler with the same signature, resolving when the update was handled or acknowledged
 * @throws ValidationError for a bad handler or options
 */
export function dedupeUpdates<U extends Pick<Update, 'update_id'>>(
  onUpdate: (update: U) => unknown,
  options: DedupeOptions<U> = {},
): (update: U) => Promise<void> {
  const fail = (field: string, message: string) => new ValidationError(message, { method: 'dedupeUpdates', field });
  if (typeof onUpdate !== 'function') throw fail('onUpdate', 'onUpdate must be a function');
  const store = options.store ?? createMemoryStore();
  if (typeof store?.set !== 'function') throw fail('store', 'store must be a SharedStore');
  const windowMs = integer(options.windowMs, 'windowMs', 3_600_000, 1);
  const leaseMs = integer(options.leaseMs, 'leaseMs', 30_000, 3);
  const waitMs = integer(options.waitMs, 'waitMs', 10_000, 0);
  const namespace = options.namespace ?? 'bot';
  if (typeof namespace !== 'string' || !/^[^\s]{1,100}$/.test(namespace)) {
    throw fail('namespace', 'namespace must be 1-100 characters without spaces');
  }
  const { onDuplicate } = options;

  return async (update) => {
    const id = update?.update_id;
    if (!Number.isSafeInteger(id)) throw fail('update_id', 'update.update_id must be an integer');
    const key = `updates:${namespace}:${id}`;
    const deadline = Date.now() + waitMs;
    let pause = 10;
    for (let round = 0; ; round++) {
      const lease = await claim(store, key, leaseMs);
      if (lease) {
        try {
          await onUpdate(update);
        } catch (error) {
          await lease.release();
          throw error;
        }
        lease.stop();
        // Handled: if the mark cannot be written (the store is down), the claim still expires
        // after leaseMs, and only a copy arriving after that would be handled again.
        await store.set(key, DONE, { ttlMs: windowMs }).catch(() => {});
        return;
      }
      const seen = await store.get(key);
      if (seen === DONE) {
        onDuplicate?.(update);
        return;
      }
      // Another instance is handling it (or its claim just ended: then claim again at once).
      if (seen !== undefined) {
        if (Date.now() >= deadline) throw new UpdateInProgressError(id, waitMs);
        await sleep(pause + Math.random() * pause);
        pause = Math.min(pause * 2, 250);
      } else if (round > 1000) {
        throw new UpdateInProgressError(id, waitMs);
      }
    }
  };
}

/**
 * True for an {@link UpdateInProgressError}, from either build.
 * @param error - anything caught
 * @returns whether it is an `UpdateInProgressError`
 */
export const isUpdateInProgressError = (error: unknown): error is UpdateInProgressError =>
  isTelegramError(error) && error.name === 'UpdateInProgressError';
