import {
  ApiError,
  NetworkError,
  ResponseError,
  TelegramError,
  TimeoutError,
  ValidationError,
} from '../errors/errors.js';
import { applyTopicRules } from '../topics/rules.js';
import { hasUpload, toFormData } from './payload.js';
import { redactError, redactText } from './redact.js';
import { withRetry } from './retry.js';
import type { CallNext, CallOptions, Client, ClientOptions, FetchLike, FetchLikeInit, Transformer } from './types.js';

const TOKEN = /^[1-9]\d{0,19}:[\w-]{1,100}$/;
const JSON_HEADERS = { 'content-type': 'application/json' };

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
  if (typeof options !== 'object' || options === null) throw new ValidationError('options must be an object');
  const { token, fetch: customFetch, retry } = options;
  if (typeof token !== 'string' || !TOKEN.test(token)) {
    throw new ValidationError(
      'token must look like "123456:ABC-DEF…" (digits, a colon, then letters, digits, _ or -)',
      {
        field: 'token',
      },
    );
  }
  const root = checkRoot(options.apiRoot ?? 'https://api.telegram.org');
  if (customFetch !== undefined && typeof customFetch !== 'function') {
    throw new ValidationError('fetch must be a function', { field: 'fetch' });
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= 2_147_483_647)) {
    throw new ValidationError('timeoutMs must be a positive number of milliseconds', { field: 'timeoutMs' });
  }
  if (retry !== undefined && retry !== false && (typeof retry !== 'object' || retry === null)) {
    throw new ValidationError('retry must be an options object or false', { field: 'retry' });
  }
  const base = `${root}/bot${token}/`;
  // Called unbound, as the contract says; the global one is looked up per call so that
  // interceptors installed after the client was created still apply.
  const doFetch: FetchLike = customFetch ?? ((url, init) => fetch(url, init));

  const request = async (
    method: string,
    url: string,
    init: Omit<FetchLikeInit, 'signal'>,
    options: CallOptions,
    extraMs: number,
  ) => {
    const ms = (options.timeoutMs ?? timeoutMs) + extraMs;
    const timer = AbortSignal.timeout(ms);
    const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
    try {
      const response = await doFetch(url, { ...init, signal });
      return { status: response.status, response };
    } catch (error) {
      throw failure(method, error, options.signal, timer, ms, token);
    }
  };

  const send: CallNext = async (method, params, options) => {
    const upload = hasUpload(params);
    const init: Omit<FetchLikeInit, 'signal'> = upload
      ? { method: 'POST', body: await toFormData(method, params) }
      : { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(params) };
    const poll = method === 'getUpdates' && typeof params.timeout === 'number' ? params.timeout * 1000 : 0;
    const { status, response } = await request(method, base + method, init, options, poll);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failure(method, error, options.signal, undefined, 0, token);
    }
    return readEnvelope(method, status, text, token);
  };

  const attempt: CallNext = retry === false ? send : withRetry(send, retry ?? {});
  let chain: CallNext = attempt;

  const client: Client = {
    call(method: string, params?: object, options?: CallOptions) {
      try {
        const prepared = applyTopicRules(method, (params ?? {}) as Record<string, unknown>);
        return chain(method, prepared, options ?? {});
      } catch (error) {
        return Promise.reject(error);
      }
    },
    use(transformer: Transformer) {
      if (typeof transformer !== 'function') throw new ValidationError('a transformer must be a function');
      const next = chain;
      chain = (method, params, options) => transformer(next, method, params, options);
      return client;
    },
    async download(filePath: string, options: CallOptions = {}) {
      if (typeof filePath !== 'string' || filePath === '') {
        throw new ValidationError('file_path must be a non-empty string', {
          method: 'downloadFile',
          field: 'file_path',
        });
      }
      const url = `${root}/file/bot${token}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
      const { status, response } = await request('downloadFile', url, { method: 'GET' }, options, 0);
      if (status !== 200) {
        const text = await response.text().catch(() => '');
        readEnvelope('downloadFile', status, text, token);
      }
      try {
        return new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        throw failure('downloadFile', error, options.signal, undefined, 0, token);
      }
    },
  } as Client;
  return client;
}

function checkRoot(apiRoot: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof apiRoot === 'string' ? new URL(apiRoot) : undefined;
  } catch {}
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new ValidationError('apiRoot must be an http(s) URL without query or fragment', { field: 'apiRoot' });
  }
  return url.href.replace(/\/+$/, '');
}

/** Turns what fetch threw into our error: the caller's abort reason, a timeout, or a network fault. */
function failure(
  method: string,
  error: unknown,
  signal: AbortSignal | undefined,
  timer: AbortSignal | undefined,
  ms: number,
  token: string,
): unknown {
  if (signal?.aborted) return signal.reason;
  if (timer?.aborted) return new TimeoutError(method, ms);
  if (error instanceof TelegramError) return error;
  const cause = redactError(error, token);
  return new NetworkError(method, cause.message || 'the request failed', { cause });
}

/** Reads a Bot API envelope; anything else is a `ResponseError` with a short, redacted excerpt. */
function readEnvelope(method: string, status: number, text: string, token: string): unknown {
  let body: {
    ok?: unknown;
    result?: unknown;
    error_code?: unknown;
    description?: unknown;
    parameters?: unknown;
  } | null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  if (body !== null && typeof body === 'object') {
    if (body.ok === true && 'result' in body) return body.result;
    if (body.ok === false) {
      const code = typeof body.error_code === 'number' ? body.error_code : status;
      const description = typeof body.description === 'string' ? redactText(body.description, token) : `HTTP ${status}`;
      const parameters = typeof body.parameters === 'object' && body.parameters !== null ? body.parameters : undefined;
      throw new ApiError(method, code, description, parameters as ApiError['parameters']);
    }
  }
  // Redact before cutting, so a token split by the cut cannot survive in part.
  throw new ResponseError(method, status, redactText(text.slice(0, 200 + token.length), token).slice(0, 200));
}
