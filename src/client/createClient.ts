import { ApiError, invalid, NetworkError, ResponseError, TelegramError, TimeoutError } from '../errors/errors.js';
import { applyTopicRules } from '../topics/rules.js';
import type { Method } from '../types/methods.js';
import { redactError, redactText } from './redact.js';
import { buildRequest, type RequestInit } from './request.js';
import { withRetry } from './retry.js';
import type { CallNext, CallOptions, Client, ClientOptions, FetchLike } from './types.js';

const TOKEN = /^[1-9]\d{0,19}:[\w-]{1,100}$/;

/**
 * Creates a client: the one transport every method goes through.
 *
 * Options are checked here, once: a bad token, `apiRoot`, `fetch`, `timeoutMs` or `retry`
 * throws a `ValidationError` (which never repeats the token). Without a `fetch`, the client
 * sends through `globalThis.fetch`; on Node, the package's `node` export condition gives a build
 * whose default is the Node transport instead (see `createNodeFetch` in `telegram-forum/node`).
 *
 * @example
 * ```ts
 * import { createClient, getMe } from 'telegram-forum';
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc' });
 * const me = await getMe(client).catch(() => undefined);
 * ```
 * @param options - token, and optionally `apiRoot`, `fetch`, `timeoutMs`, `retry`
 * @returns the client
 */
export function createClient(options: ClientOptions): Client {
  const { token, fetch: customFetch, retry, timeoutMs = 60_000, apiRoot = 'https://api.telegram.org' } = options ?? {};
  if (typeof token !== 'string' || !TOKEN.test(token))
    throw invalid('token', 'must be a bot token like "123456:ABC-DEF"');
  let root: URL | undefined;
  try {
    root = new URL(apiRoot);
  } catch {}
  if (!root || !/^https?:$/.test(root.protocol) || root.search || root.hash) {
    throw invalid('apiRoot', 'must be an http(s) URL without query or fragment');
  }
  const base = root.href.replace(/\/+$/, '');
  if (customFetch !== undefined && typeof customFetch !== 'function') throw invalid('fetch', 'must be a function');
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs < 2 ** 31))
    throw invalid('timeoutMs', 'must be a positive number of milliseconds');
  if (retry !== undefined && retry !== false && typeof retry !== 'object')
    throw invalid('retry', 'must be an object or false');
  // Called unbound, as the contract says; the global one is looked up per call so that
  // interceptors installed after the client was created still apply.
  const doFetch: FetchLike = customFetch ?? ((url, init) => fetch(url, init));
  // A fast transport brings a cheaper timeout controller of its own.
  const timeoutController = doFetch.timeoutController;

  /**
   * Sends one request and reads its answer under the call's timeout, `ms` (merged with the
   * caller's signal): a download's bytes (a GET answered 200), else the Bot API's envelope. Every failure
   * is typed and redacted.
   */
  const exchange = async (
    method: string,
    path: string,
    init: RequestInit,
    ms: number,
    callerSignal: AbortSignal | undefined,
  ): Promise<unknown> => {
    // A timer we clear once the body is read: AbortSignal.timeout() would hold every call's
    // signal until it fires (measured: ~250 bytes a call for a minute on Node 24).
    // A caller's signal needs a real controller, for AbortSignal.any.
    const timeout = (!callerSignal && timeoutController?.()) || new AbortController();
    const timer = setTimeout(() => timeout.abort(), ms);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    try {
      // Built asynchronously, a request may meet a signal that is already aborted: send nothing.
      callerSignal?.throwIfAborted();
      const response = await doFetch(`${base}/${path}`, { ...init, signal });
      if (init.method === 'GET' && response.status === 200) return new Uint8Array(await response.arrayBuffer());
      return envelope(method, response.status, await response.text());
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (error instanceof TelegramError) throw error;
      if (timeout.signal.aborted) throw new TimeoutError(method, ms);
      const cause = redactError(error, token);
      throw new NetworkError(method, cause.message, { cause });
    } finally {
      clearTimeout(timer);
    }
  };
  /** The Bot API's JSON envelope: the result, or the error it describes. */
  const envelope = (method: string, status: number, text: string): unknown => {
    let body:
      | { ok?: unknown; result?: unknown; error_code?: unknown; description?: unknown; parameters?: unknown }
      | undefined;
    try {
      body = JSON.parse(text);
    } catch {}
    // JSON that is not an object (a number, a string, null) has no `ok`.
    if (body?.ok === true && 'result' in body) return body.result;
    if (body?.ok === false) {
      throw new ApiError(
        method,
        typeof body.error_code === 'number' ? body.error_code : status,
        typeof body.description === 'string' ? redactText(body.description, token) : `HTTP ${status}`,
        typeof body.parameters === 'object' && body.parameters ? body.parameters : undefined,
      );
    }
    // Redact before cutting, so a token split by the cut cannot survive in part.
    throw new ResponseError(method, status, redactText(text.slice(0, 200 + token.length), token).slice(0, 200));
  };
  /** A method call: build the request, POST it, read the envelope. */
  const call: CallNext = async (method, params, options) => {
    let ms = options.timeoutMs ?? timeoutMs;
    // getUpdates holds the request open for its long-poll timeout: add it to ours.
    if (method === 'getUpdates' && typeof params.timeout === 'number') ms += params.timeout * 1000;
    return exchange(method, `bot${token}/${method}`, await buildRequest(method, params), ms, options.signal);
  };
  let chain: CallNext = retry === false ? call : withRetry(call, retry ?? {});

  const client: Client = {
    call(method: Method, params?: object, options?: CallOptions) {
      try {
        return chain(method, applyTopicRules(method, (params ?? {}) as Record<string, unknown>), options ?? {});
      } catch (error) {
        return Promise.reject(error);
      }
    },
    use(transformer) {
      if (typeof transformer !== 'function') throw invalid('transformer', 'must be a function');
      const next = chain;
      chain = (method, params, options) => transformer(next, method, params, options);
      return client;
    },
    async download(filePath, options = {}) {
      const method = 'downloadFile';
      if (typeof filePath !== 'string' || !filePath) {
        throw invalid('file_path', 'must be a non-empty string', method);
      }
      const path = `file/bot${token}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
      return exchange(
        method,
        path,
        { method: 'GET' },
        options.timeoutMs ?? timeoutMs,
        options.signal,
      ) as Promise<Uint8Array>;
    },
  } as Client;
  return client;
}
