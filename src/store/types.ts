/** Conditions and lifetime of {@link SharedStore.set}. */
export interface StoreSetOptions {
  /** The entry expires after this many milliseconds (a positive integer); without it, it stays. */
  ttlMs?: number | undefined;
  /** Write only when the key is absent (or expired): an atomic claim. */
  ifAbsent?: boolean | undefined;
  /** Write only when the current value equals this string: an atomic compare-and-set. */
  ifValue?: string | undefined;
}

/** Condition of {@link SharedStore.delete}. */
export interface StoreDeleteOptions {
  /** Delete only when the current value equals this string: an atomic compare-and-delete. */
  ifValue?: string | undefined;
}

/** One sliding window of {@link SharedStore.take}: at most `limit` takes in any `ms` milliseconds under `key`. */
export interface RateWindow {
  /** The window's key in the store. */
  key: string;
  /** Takes allowed in one window (a positive integer). */
  limit: number;
  /** The window's length in milliseconds (a positive integer). */
  ms: number;
}

/**
 * The answer of {@link SharedStore.take}: either the take was recorded in every window, or none
 * was changed and `waitMs` says when the fullest window (`window`, its index) frees a slot.
 */
export type RateDecision =
  | {
      /** The take was recorded in every window. */
      ok: true;
    }
  | {
      /** Nothing was recorded: at least one window is full. */
      ok: false;
      /** Milliseconds until the fullest window frees a slot (at least 1). */
      waitMs: number;
      /** Index (in the `windows` given) of the window that must wait longest. */
      window: number;
    };

/**
 * State shared by every instance of a bot: the topic registry, `ensureTopic`'s claims, the
 * shared throttle's windows and the update de-duplication live here. Two stores ship:
 * `createMemoryStore()` (one process, the default) and `createRedisStore()` from
 * `telegram-forum/redis` (all processes that reach one Redis).
 *
 * Writing another one (Postgres, a Cloudflare Durable Object, …) takes four operations, each
 * of which must be **atomic** with respect to the others on the same key:
 *
 * - `get` reads a string value (`undefined` when absent or expired).
 * - `set` writes one, optionally with a lifetime and a condition (`ifAbsent`: insert-only;
 *   `ifValue`: compare-and-set), and resolves with whether it wrote.
 * - `delete` removes one, optionally only when it still holds a given value.
 * - `take` checks several sliding windows at once and records one event in all of them, or in
 *   none when any is full. Keys of one call belong to one bot; a store may require them to be
 *   co-located (e.g. one Redis Cluster slot).
 *
 * Keys and values are strings of at most a few hundred bytes. A store that is only eventually
 * consistent (Cloudflare KV, DynamoDB without conditional writes) cannot give these guarantees.
 * The conformance tests in the repository (`test/helpers/storeSuite.ts`) run against any store.
 */
export interface SharedStore {
  /**
   * Reads a value.
   * @param key - the key
   * @returns the value, or `undefined` when absent or expired
   */
  get(key: string): Promise<string | undefined>;
  /**
   * Writes a value, atomically checking the condition in `options`.
   * @param key - the key
   * @param value - the new value
   * @param options - `ttlMs`, and at most one of `ifAbsent` and `ifValue`
   * @returns whether the value was written (always `true` without a condition)
   */
  set(key: string, value: string, options?: StoreSetOptions): Promise<boolean>;
  /**
   * Deletes a value, atomically checking the condition in `options`.
   * @param key - the key
   * @param options - `ifValue`: delete only when the value is still this one
   * @returns whether a value was deleted
   */
  delete(key: string, options?: StoreDeleteOptions): Promise<boolean>;
  /**
   * Records one event in every window, or in none when any window is full; windows forget
   * events older than their `ms`. Time is the store's own clock, so that all instances agree.
   * @param windows - the windows to check and record in (at least one)
   * @returns whether the event was recorded, or how long to wait
   */
  take(windows: readonly RateWindow[]): Promise<RateDecision>;
}
