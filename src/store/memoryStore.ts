import { checkKey, checkSet, checkWindows } from './check.js';
import type { RateDecision, RateWindow, SharedStore, StoreDeleteOptions, StoreSetOptions } from './types.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock for lifetimes and rate windows, in milliseconds. Default `Date.now`. */
  now?: (() => number) | undefined;
}

interface Entry {
  value: string;
  expires: number;
}

/**
 * A {@link SharedStore} in this process's memory: the default of the topic registry, and
 * enough for one instance of a bot. Every operation is atomic because it runs to completion
 * on the event loop. Expired entries and idle windows are swept as the store grows.
 *
 * @example
 * ```ts
 * import { createMemoryStore, createTopicRegistry } from 'telegram-forum';
 * const registry = createTopicRegistry({ store: createMemoryStore() });
 * ```
 * @param options - an injectable clock
 * @returns the store
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): SharedStore {
  const now = options.now ?? Date.now;
  const values = new Map<string, Entry>();
  const windows = new Map<string, { times: number[]; ms: number }>();
  let sweepAt = 1024;

  const live = (key: string, at = now()): Entry | undefined => {
    const entry = values.get(key);
    if (entry && entry.expires <= at) {
      values.delete(key);
      return undefined;
    }
    return entry;
  };

  const sweep = () => {
    const at = now();
    for (const [key, entry] of values) if (entry.expires <= at) values.delete(key);
    for (const [key, w] of windows)
      if (w.times.length === 0 || w.times[w.times.length - 1]! <= at - w.ms) windows.delete(key);
    sweepAt = Math.max(1024, (values.size + windows.size) * 2);
  };

  const times = (w: RateWindow, at: number): number[] => {
    let found = windows.get(w.key);
    if (!found) {
      found = { times: [], ms: w.ms };
      windows.set(w.key, found);
    }
    found.ms = w.ms;
    const list = found.times;
    let old = 0;
    while (old < list.length && list[old]! <= at - w.ms) old++;
    if (old > 0) list.splice(0, old);
    return list;
  };

  return {
    async get(key: string) {
      checkKey('store.get', key);
      return live(key)?.value;
    },
    async set(key: string, value: string, setOptions?: StoreSetOptions) {
      checkSet(key, value, setOptions);
      const at = now();
      const current = live(key, at);
      if (setOptions?.ifAbsent && current) return false;
      if (setOptions?.ifValue !== undefined && current?.value !== setOptions.ifValue) return false;
      const ttl = setOptions?.ttlMs;
      values.set(key, { value, expires: ttl === undefined ? Number.POSITIVE_INFINITY : at + ttl });
      if (values.size + windows.size > sweepAt) sweep();
      return true;
    },
    async delete(key: string, deleteOptions?: StoreDeleteOptions) {
      checkKey('store.delete', key);
      const current = live(key);
      if (!current) return false;
      if (deleteOptions?.ifValue !== undefined && current.value !== deleteOptions.ifValue) return false;
      values.delete(key);
      return true;
    },
    async take(list: readonly RateWindow[]): Promise<RateDecision> {
      checkWindows(list);
      const at = now();
      let wait = 0;
      let window = -1;
      const found = list.map((w, i) => {
        const recent = times(w, at);
        if (recent.length >= w.limit) {
          // The event that must leave for a slot to free up.
          const leaving = recent[recent.length - w.limit]!;
          const ms = leaving + w.ms - at;
          if (ms > wait) {
            wait = ms;
            window = i;
          }
        }
        return recent;
      });
      if (window >= 0) return { ok: false, waitMs: Math.max(1, Math.ceil(wait)), window };
      for (const recent of found) recent.push(at);
      if (values.size + windows.size > sweepAt) sweep();
      return { ok: true };
    },
  };
}
