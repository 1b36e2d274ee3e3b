import type { CallNext, CallOptions } from '../client/types.js';
import type { Method } from '../types/methods.js';

/** A clock and timer, injectable so tests can drive time by hand. */
export interface ThrottleClock {
  /** The current time in milliseconds. */
  now(): number;
  /** Runs `fn` after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a timer set with `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** A call held back by the throttle, with how to run and settle it. @internal */
export interface Waiting {
  method: Method;
  params: Record<string, unknown>;
  options: CallOptions;
  next: CallNext;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  onAbort?: () => void;
}
