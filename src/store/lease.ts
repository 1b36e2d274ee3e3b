import type { SharedStore } from './types.js';

/** A claim held in the store, kept alive until released. @internal */
export interface Lease {
  /** The claim's value: ours alone. */
  readonly token: string;
  /** True once a renewal found the claim taken over (our lifetime had run out). */
  readonly lost: boolean;
  /** Stops renewing (the claim then expires, unless replaced). */
  stop(): void;
  /** Stops renewing and deletes the claim if it is still ours (errors are ignored: it expires). */
  release(): Promise<void>;
}

/**
 * Claims `key` for `leaseMs` (set-if-absent with a lifetime). While held, the claim is renewed
 * every third of `leaseMs` (compare-and-set on our token), so a slow holder keeps it and a
 * crashed one loses it at most `leaseMs` later.
 * @returns the lease, or `undefined` when someone else holds the claim
 * @internal
 */
export async function claim(store: SharedStore, key: string, leaseMs: number): Promise<Lease | undefined> {
  const token = `${Date.now().toString(36)}-${crypto.randomUUID()}`;
  if (!(await store.set(key, token, { ifAbsent: true, ttlMs: leaseMs }))) return undefined;
  let lost = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const renew = () => {
    timer = setTimeout(
      () => {
        store.set(key, token, { ifValue: token, ttlMs: leaseMs }).then(
          (ok) => {
            if (!ok) lost = true;
            else if (!stopped) renew();
          },
          // The store is unreachable: try again; if it stays so, the claim expires.
          () => {
            if (!stopped) renew();
          },
        );
      },
      Math.max(1, Math.floor(leaseMs / 3)),
    );
  };
  renew();
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
  };
  return {
    token,
    get lost() {
      return lost;
    },
    stop,
    async release() {
      stop();
      await store.delete(key, { ifValue: token }).catch(() => {});
    },
  };
}
