import { ValidationError } from '../errors/errors.js';
import type { RateWindow, StoreSetOptions } from './types.js';

const fail = (method: string, field: string, message: string) => new ValidationError(message, { method, field });

/**
 * Checks the arguments of `set` the same way in every store, so a bad call fails alike on
 * memory and Redis.
 * @internal
 */
export function checkSet(key: unknown, value: unknown, options: StoreSetOptions | undefined): void {
  if (typeof key !== 'string' || key === '') throw fail('store.set', 'key', 'key must be a non-empty string');
  if (typeof value !== 'string') throw fail('store.set', 'value', 'value must be a string');
  const ttl = options?.ttlMs;
  if (ttl !== undefined && !(Number.isSafeInteger(ttl) && ttl > 0)) {
    throw fail('store.set', 'ttlMs', 'ttlMs must be a positive integer');
  }
  if (options?.ifAbsent && options.ifValue !== undefined) {
    throw fail('store.set', 'ifValue', 'ifAbsent and ifValue cannot be combined');
  }
  if (options?.ifValue !== undefined && typeof options.ifValue !== 'string') {
    throw fail('store.set', 'ifValue', 'ifValue must be a string');
  }
}

/** @internal */
export function checkKey(method: string, key: unknown): void {
  if (typeof key !== 'string' || key === '') throw fail(method, 'key', 'key must be a non-empty string');
}

/** @internal */
export function checkWindows(windows: readonly RateWindow[]): void {
  if (!Array.isArray(windows) || windows.length === 0) {
    throw fail('store.take', 'windows', 'windows must be a non-empty array');
  }
  for (const w of windows) {
    checkKey('store.take', w?.key);
    if (!(Number.isSafeInteger(w.limit) && w.limit > 0 && Number.isSafeInteger(w.ms) && w.ms > 0)) {
      throw fail('store.take', 'windows', 'a window needs a positive integer limit and ms');
    }
  }
}
