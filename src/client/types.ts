import type { Method, Params, Result } from '../types/methods.js';

/** What the transport reads from an HTTP answer: a light object is enough. */
export interface FetchLikeResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** Reads the whole body as text. */
  text(): Promise<string>;
  /** Reads the whole body as bytes (used by `downloadFile`). */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The request the transport makes: always one of these shapes. */
export interface FetchLikeInit {
  /** `POST` for method calls, `GET` for file downloads. */
  method: 'POST' | 'GET';
  /** Request headers (`content-type` for JSON bodies; none for multipart). */
  headers?: Record<string, string>;
  /** A JSON string, or a `FormData` when files are uploaded. */
  body?: string | FormData;
  /**
   * Aborts the request: the client's timeout, merged with the caller's signal. When the
   * transport has a {@link FetchLike.timeoutController} and the caller passed no signal,
   * this is the `signal` of the controller the transport made.
   */
  signal: AbortSignal;
}

/**
 * The per-call timeout handle of a transport: what the client arms its timer with. A fast
 * transport makes its own, cheaper than an `AbortController` (whose signal machinery costs
 * more than the rest of a call on a keep-alive connection).
 */
export interface TimeoutController {
  /**
   * Passed to the same transport as `init.signal`. Only that transport sees it, so it may be
   * a light object with as much of `AbortSignal` as the transport reads (`aborted`, `reason`,
   * `addEventListener` / `removeEventListener` for `abort`).
   */
  readonly signal: AbortSignal;
  /** Called by the client when the call's time is up: the transport ends the request. */
  abort(): void;
}

/**
 * The transport contract: the narrow fetch the client needs. `globalThis.fetch` fits; so do
 * the Node transport (`createNodeFetch()` from `telegram-forum/node`, the default on Node) and
 * `createUndiciFetch()` from `telegram-forum/undici`. It is called unbound.
 *
 * A transport answers with a {@link FetchLikeResponse}, rejects when the request gets no
 * answer, and ends the request (rejecting) once `init.signal` aborts, also while the body is
 * being read. It follows no redirects it is not asked to.
 */
export interface FetchLike {
  (url: string, init: FetchLikeInit): Promise<FetchLikeResponse>;
  /**
   * Optional: makes the {@link TimeoutController} of one call. The client reads it once, when
   * it is created, and uses it (called unbound) for each call made without a caller's
   * `signal`; otherwise it uses an `AbortController`.
   */
  readonly timeoutController?: (() => TimeoutController) | undefined;
}

/** Per-call options, accepted by every method. */
export interface CallOptions {
  /** Aborts the call; merged with the client's timeout. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined;
}

/** The next step of the call chain, as a transformer sees it. */
export type CallNext = (method: Method, params: Record<string, unknown>, options: CallOptions) => Promise<unknown>;

/**
 * Wraps every call made through a client (logging, throttling, metrics, …).
 * Call `next` to continue; return its promise (or another) to finish the call.
 *
 * @example
 * ```ts
 * import { createClient, type Transformer } from 'telegram-forum';
 * const log: Transformer = (next, method, params, options) => {
 *   console.log('calling', method);
 *   return next(method, params, options);
 * };
 * createClient({ token: '123:abc' }).use(log);
 * ```
 */
export type Transformer = (
  next: CallNext,
  method: Method,
  params: Record<string, unknown>,
  options: CallOptions,
) => Promise<unknown>;

/**
 * Retry policy of a client (on by default). What is retried:
 * - a 429, for every method: Telegram did not carry it out, so the client waits `retry_after`
 *   (plus a little jitter) and sends it again, unless the wait is over `maxRetryAfterMs`;
 * - network faults, timeouts, 5xx and unreadable answers, only for read-only methods (`get*`)
 *   and those named in `retryUnsafe`: such a request may have been carried out already.
 *
 * The client's `timeoutMs` applies to each attempt; sleeps between attempts do not use it up.
 * Every sleep ends at once when the call's signal aborts, which rejects with the signal's reason.
 *
 * @example
 * ```ts
 * import { createClient } from 'telegram-forum';
 * const client = createClient({
 *   token: process.env.BOT_TOKEN ?? '123:abc',
 *   retry: { maxAttempts: 5, maxRetryAfterMs: 60_000, retryUnsafe: ['answerCallbackQuery'] },
 * });
 * ```
 */
export interface RetryOptions {
  /** Attempts in all, the first included: 1 to 100. Default 3. */
  maxAttempts?: number | undefined;
  /**
   * The longest `retry_after` (429) the client waits for, in milliseconds. A longer one
   * surfaces at once as an `ApiError` with `retryAfter`. Default 30,000.
   */
  maxRetryAfterMs?: number | undefined;
  /**
   * Also retry network faults, timeouts, 5xx and unreadable answers for methods that change
   * state: `true` for all of them, or a list of method names (e.g. `['answerCallbackQuery']`).
   * Such a request may have been carried out already, so a retry can duplicate it (a message
   * sent twice). Default `false`: only read-only methods (`get*`) are retried on these faults.
   */
  retryUnsafe?: boolean | readonly Method[] | undefined;
  /** First backoff ceiling for network faults and 5xx, in milliseconds; it doubles per attempt and the wait is drawn uniformly below it. Default 500. */
  baseDelayMs?: number | undefined;
  /** Largest backoff ceiling for network faults and 5xx, in milliseconds. Default 10,000. */
  maxDelayMs?: number | undefined;
}

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The bot token from `@BotFather` (`123456:ABC…`). It never appears in errors or logs. */
  token: string;
  /** Root of the Bot API, default `https://api.telegram.org`; a local Bot API server works too. */
  apiRoot?: string | undefined;
  /**
   * The transport. Default: on Node, the built-in Node transport (`node:http` / `node:https`
   * with keep-alive); elsewhere (browsers, Deno, Bun, Workers) `globalThis.fetch`, looked up per
   * call. Pass `fetch: globalThis.fetch` (or any {@link FetchLike}) to choose. Called unbound.
   */
  fetch?: FetchLike | undefined;
  /** Per-call timeout in milliseconds, default 60,000. `getUpdates` gets its long-poll `timeout` added. */
  timeoutMs?: number | undefined;
  /** Retry policy, or `false` for none. On by default: see {@link RetryOptions}. */
  retry?: RetryOptions | false | undefined;
}

/** Arguments of `client.call` for method `M`: params are optional when the method needs none. */
export type CallArgs<M extends Method> =
  Record<string, never> extends Params<M>
    ? [params?: Params<M>, options?: CallOptions]
    : [params: Params<M>, options?: CallOptions];

/** A configured connection to the Bot API. Create it with {@link createClient}. */
export interface Client {
  /**
   * Calls a Bot API method and resolves with its unwrapped `result`.
   * This is the only place that sends requests.
   *
   * @example
   * ```ts
   * import { createClient } from 'telegram-forum';
   * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc' });
   * const me = client.call('getMe');
   * ```
   */
  call<M extends Method>(method: M, ...args: CallArgs<M>): Promise<Result<M>>;
  /** Adds a transformer around every later call; the last added runs first. Returns the client. */
  use(transformer: Transformer): Client;
  /**
   * Downloads a file by its `file_path` (from `getFile`) and resolves with its bytes.
   * Prefer `downloadFile(client, file)`, which calls `getFile` for you.
   */
  download(filePath: string, options?: CallOptions): Promise<Uint8Array>;
}
