import {
  ApiError,
  NetworkError,
  ResponseError,
  TelegramError,
  TimeoutError,
  ValidationError,
} from '../errors/errors.js';
import { applyTopicRules } from '../topics/rules.js';
import { redactError, redactText } from './redact.js';
import { withRetry } from './retry.js';
import type { CallNext, CallOptions, Client, ClientOptions, FetchLike, FetchLikeInit } from './types.js';

const TOKEN = /^[1-9]\d{0,19}:[\w-]{1,100}$/;
const JSON_HEADERS = { 'content-type': 'application/json' };
const FILE = Symbol.for('telegram-forum.inputFile');
const CONTROLLER = Symbol.for('telegram-forum.abortController');

type Encode = (params: Record<string, unknown>) => Promise<FormData>;

/**
 * Finds the multipart encoder carried by an `InputFile` anywhere in the parameters, and refuses
 * a bare Blob, byte array or stream, which JSON would silently turn into `{}`.
 */
function findUpload(method: string, value: unknown, field: string, depth: number): Encode | undefined {
  if (typeof value !== 'object' || value === null || depth > 9) return;
  const encode = (value as Record<symbol, Encode>)[FILE];
  if (encode) return encode;
  if (value instanceof Blob || ArrayBuffer.isView(value) || typeof (value as ReadableStream).getReader === 'function') {
    throw new ValidationError('wrap a file to upload with inputFile(data, filename)', { method, field });
  }
  let found: Encode | undefined;
  for (const key in value) {
    // A keyboard never holds a file: skip the biggest object most sends carry.
    if (depth === 0 && key === 'reply_markup') continue;
    const path = depth === 0 ? key : Array.isArray(value) ? `${field}[${key}]` : `${field}.${key}`;
    found = findUpload(method, (value as Record<string, unknown>)[key], path, depth + 1) ?? found;
  }
  return found;
}

/**
 * Creates a client: the one transport every method goes through.
 *
 * Options are checked here, once: a bad token, `apiRoot`, `fetch`, `timeoutMs` or `retry`
 * throws a `ValidationError` (which never repeats the token).
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
  const invalid = (field: string, expected: string) => new ValidationError(`${field} must be ${expected}`, { field });
  if (typeof token !== 'string' || !TOKEN.test(token)) throw invalid('token', 'a bot token like "123456:ABC-DEF…"');
  let root: URL | undefined;
  try {
    root = new URL(apiRoot);
  } catch {}
  if (!root || !/^https?:$/.test(root.protocol) || root.search || root.hash) {
    throw invalid('apiRoot', 'an http(s) URL without query or fragment');
  }
  const base = root.href.replace(/\/+$/, '');
  if (customFetch !== undefined && typeof customFetch !== 'function') throw invalid('fetch', 'a function');
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs < 2 ** 31))
    throw invalid('timeoutMs', 'a positive number of milliseconds');
  if (retry !== undefined && retry !== false && typeof retry !== 'object') throw invalid('retry', 'an object or false');
  // Called unbound, as the contract says; the global one is looked up per call so that
  // interceptors installed after the client was created still apply.
  const doFetch: FetchLike = customFetch ?? ((url, init) => fetch(url, init));
  // A fetch may bring a cheaper timeout controller of its own (createUndiciFetch does).
  const lightController = (doFetch as { [CONTROLLER]?: () => AbortController })[CONTROLLER];

  /**
   * The one place that sends: a method call (POST) when given `params`, else a file download (GET);
   * timeout merged with the caller's signal, every failure typed and redacted.
   */
  const send = async (
    method: string,
    path: string,
    options: CallOptions,
    params?: Record<string, unknown>,
  ): Promise<unknown> => {
    let init: Omit<FetchLikeInit, 'signal'> = { method: 'GET' };
    let ms = options.timeoutMs ?? timeoutMs;
    if (params) {
      const encode = findUpload(method, params, '', 0);
      init = encode
        ? { method: 'POST', body: await encode(params) }
        : { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(params) };
      // getUpdates holds the request open for its long-poll timeout: add it to ours.
      if (method === 'getUpdates' && typeof params.timeout === 'number') ms += params.timeout * 1000;
    }
    // A timer we clear once the body is read: AbortSignal.timeout() would hold every call's
    // signal until it fires (measured: ~250 bytes a call for a minute on Node 24).
    // A caller's signal needs a real controller, for AbortSignal.any.
    const timeout = (!options.signal && lightController?.()) || new AbortController();
    const timer = setTimeout(() => timeout.abort(), ms);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    try {
      const r = await doFetch(`${base}/${path}`, { ...init, signal });
      // The Bot API's JSON envelope (also what a failed download answers), or a file's bytes.
      return params || r.status !== 200
        ? envelope(method, r.status, await r.text())
        : new Uint8Array(await r.arrayBuffer());
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (error instanceof TelegramError) throw error;
      if (timeout.signal.aborted) throw new TimeoutError(method, ms);
      const cause = redactError(error, token);
      throw new NetworkError(method, cause.message, { cause });
    } finally {
      clearTimeout(timer);
    }
  };
  const envelope = (method: string, status: number, text: string): unknown => {
    let body: { ok?: unknown; result?: unknown; error_code?: unknown; description?: unknown; parameters?: unknown };
    try {
      body = JSON.parse(text);
    } catch {}
    if (typeof body! === 'object' && body) {
      if (body.ok === true && 'result' in body) return body.result;
      if (body.ok === false) {
        throw new ApiError(
          method,
          typeof body.error_code === 'number' ? body.error_code : status,
          typeof body.description === 'string' ? redactText(body.description, token) : `HTTP ${status}`,
          typeof body.parameters === 'object' && body.parameters ? body.parameters : undefined,
        );
      }
    }
    // Redact before cutting, so a token split by the cut cannot survive in part.
    throw new ResponseError(method, status, redactText(text.slice(0, 200 + token.length), token).slice(0, 200));
  };
  // Not async itself: send is, so a bad parameter still ends in a rejection, one promise fewer.
  const call: CallNext = (method, params, options) => send(method, `bot${token}/${method}`, options, params ?? {});
  let chain: CallNext = retry === false ? call : withRetry(call, retry ?? {});

  const client: Client = {
    call(method: string, params?: object, options?: CallOptions) {
      try {
        return chain(method, applyTopicRules(method, (params ?? {}) as Record<string, unknown>), options ?? {});
      } catch (error) {
        return Promise.reject(error);
      }
    },
    use(transformer) {
      if (typeof transformer !== 'function') throw invalid('transformer', 'a function');
      const next = chain;
      chain = (method, params, options) => transformer(next, method, params, options);
      return client;
    },
    async download(filePath, options = {}) {
      const method = 'downloadFile';
      if (typeof filePath !== 'string' || !filePath) {
        throw new ValidationError('file_path must be a non-empty string', { method, field: 'file_path' });
      }
      const path = `file/bot${token}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
      return send(method, path, options) as Promise<Uint8Array>;
    },
  } as Client;
  return client;
}
