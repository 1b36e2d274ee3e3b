/**
 * What the fast transports (`telegram-forum/node`, `telegram-forum/undici`) share. Web APIs only,
 * and no part of the core bundle: only the transports import it.
 * @internal
 * @module
 */
import type { FetchLike, TimeoutController } from './types.js';

/**
 * A {@link TimeoutController} and its signal in one plain object, with as much of both as the
 * fast transports read (`aborted`, `reason`, `addEventListener` / `removeEventListener` for
 * `abort`): no EventTarget machinery, which costs more than the rest of a call (measured in
 * docs/benchmarks.md).
 * @internal
 */
export class Deadline {
  aborted = false;
  reason: unknown;
  private readonly listeners: (() => void)[] = [];
  get signal(): AbortSignal {
    return this as unknown as AbortSignal;
  }
  addEventListener(_type: 'abort', listener: () => void): void {
    this.listeners.push(listener);
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  abort(reason: unknown = new DOMException('This operation was aborted', 'AbortError')): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    for (const listener of this.listeners.splice(0)) listener();
  }
}

/**
 * Gives a transport function the {@link Deadline} as its timeout controller.
 * @internal
 */
export const withDeadline = (fetch: (...args: Parameters<FetchLike>) => ReturnType<FetchLike>): FetchLike =>
  Object.assign(fetch, { timeoutController: (): TimeoutController => new Deadline() });

/**
 * Encodes a `FormData` body to bytes with the global `Response`, which picks the boundary:
 * buffered, so that the request carries a `content-length`, as the global fetch sends it.
 * @internal
 */
export async function encodeForm(form: FormData): Promise<{ contentType: string; bytes: Uint8Array }> {
  const encoded = new Response(form);
  return {
    contentType: encoded.headers.get('content-type') ?? '',
    bytes: new Uint8Array(await encoded.arrayBuffer()),
  };
}
