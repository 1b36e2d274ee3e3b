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
  /** Aborts the request (timeout merged with the caller's signal). */
  signal: AbortSignal;
}

/**
 * The narrow fetch the transport needs. `globalThis.fetch` fits; so does an adapter such as
 * `createUndiciFetch()` from `telegram-forum/undici`. It is called unbound.
 */
export type FetchLike = (url: string, init: FetchLikeInit) => Promise<FetchLikeResponse>;

/** Per-call options, accepted by every method. */
export interface CallOptions {
  /** Aborts the call; merged with the client's timeout. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined;
}

/** The next step of the call chain, as a transformer sees it. */
export type CallNext = (method: string, params: Record<string, unknown>, options: CallOptions) => Promise<unknown>;

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
  method: string,
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
  retryUnsafe?: boolean | readonly string[] | undefined;
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
  /** The fetch to use; default `globalThis.fetch`. Called unbound. */
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
