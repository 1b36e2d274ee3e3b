import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_ROOT, answer, server, TOKEN, testClient } from '../../test/helpers/msw.js';
import {
  ApiError,
  isApiError,
  isNetworkError,
  isResponseError,
  isTimeoutError,
  isValidationError,
  type ResponseError,
  ValidationError,
} from '../errors/errors.js';
import { createClient } from './createClient.js';
import type { FetchLike, Transformer } from './types.js';

const message = { message_id: 7, date: 1, chat: { id: -1001, type: 'supergroup' as const, title: 'Forum' } };

describe('createClient options', () => {
  const bad: Array<[string, unknown]> = [
    ['a missing token', { token: undefined }],
    ['an empty token', { token: '' }],
    ['a token without a colon', { token: '123456789AAHdqTcv' }],
    ['a token with a slash', { token: '123:abc/def' }],
    ['a token starting with 0', { token: '0123:abc' }],
  ];
  it.each(bad)('rejects %s with a ValidationError on field token', (_, options) => {
    expect.assertions(3);
    try {
      createClient(options as never);
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      expect((error as ValidationError).field).toBe('token');
      expect(String((error as Error).message)).not.toContain('abc');
    }
  });

  it('never echoes a malformed token', () => {
    const secret = '123456:has space secret';
    expect(() => createClient({ token: secret })).toThrow(ValidationError);
    try {
      createClient({ token: secret });
    } catch (error) {
      expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain('has space secret');
    }
  });

  it.each(['ftp://example.org', 'not a url', 'https://x.org/?a=1', 42])('rejects apiRoot %s', (apiRoot) => {
    expect(() => createClient({ token: TOKEN, apiRoot: apiRoot as string })).toThrow(
      expect.objectContaining({ name: 'ValidationError', field: 'apiRoot' }),
    );
  });

  it('rejects a fetch that is not a function, a bad timeout and a bad retry', () => {
    expect(() => createClient({ token: TOKEN, fetch: 'fetch' as never })).toThrow(
      expect.objectContaining({ field: 'fetch' }),
    );
    expect(() => createClient({ token: TOKEN, timeoutMs: 0 })).toThrow(expect.objectContaining({ field: 'timeoutMs' }));
    expect(() => createClient({ token: TOKEN, timeoutMs: Number.NaN })).toThrow(
      expect.objectContaining({ field: 'timeoutMs' }),
    );
    expect(() => createClient({ token: TOKEN, retry: 3 as never })).toThrow(
      expect.objectContaining({ field: 'retry' }),
    );
    expect(() => createClient({ token: TOKEN, retry: { maxAttempts: -1 } })).toThrow(
      expect.objectContaining({ field: 'retry.maxAttempts' }),
    );
  });

  it('accepts a local Bot API server root with a path and a trailing slash', async () => {
    const seen: string[] = [];
    server.use(
      http.post(`http://127.0.0.1:8081/tg/bot${TOKEN}/getMe`, ({ request }) => {
        seen.push(new URL(request.url).pathname);
        return HttpResponse.json({ ok: true, result: { id: 1, is_bot: true, first_name: 'b' } });
      }),
    );
    const client = createClient({ token: TOKEN, apiRoot: 'http://127.0.0.1:8081/tg/' });
    await client.call('getMe');
    expect(seen).toEqual([`/tg/bot${TOKEN}/getMe`]);
  });
});

describe('client.call', () => {
  it('sends a JSON POST with the params in the body and resolves with the result', async () => {
    const seen = answer('sendMessage', message);
    const params = { chat_id: -1001, text: 'hi', disable_notification: false, message_effect_id: '0' };
    await expect(testClient().call('sendMessage', params)).resolves.toEqual(message);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });

  it('does not change the caller params', async () => {
    answer('sendMessage', message);
    const params = { chat_id: '-1001*5', text: 'hi' };
    await testClient().call('sendMessage', params);
    expect(params).toEqual({ chat_id: '-1001*5', text: 'hi' });
  });

  it('calls an injected fetch unbound, with POST, a signal and the token path', async () => {
    const calls: Array<{ self: unknown; url: string; method: string; hasSignal: boolean }> = [];
    const fake: FetchLike = function (this: unknown, url, init) {
      calls.push({ self: this, url, method: init.method, hasSignal: init.signal instanceof AbortSignal });
      return Promise.resolve({
        status: 200,
        text: async () => '{"ok":true,"result":true}',
        arrayBuffer: async () => new ArrayBuffer(0),
      });
    };
    const client = createClient({ token: TOKEN, apiRoot: 'http://local', fetch: fake });
    await expect(client.call('deleteWebhook', {})).resolves.toBe(true);
    expect(calls).toEqual([
      { self: undefined, url: `http://local/bot${TOKEN}/deleteWebhook`, method: 'POST', hasSignal: true },
    ]);
  });

  it('throws an ApiError with the fields and the contract message for ok:false', async () => {
    answer('createForumTopic', () =>
      HttpResponse.json(
        { ok: false, error_code: 400, description: 'Bad Request: not enough rights to create a topic' },
        { status: 400 },
      ),
    );
    const error = await testClient()
      .call('createForumTopic', { chat_id: -1001, name: 'x' })
      .catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      method: 'createForumTopic',
      error_code: 400,
      description: 'Bad Request: not enough rights to create a topic',
      message: 'createForumTopic failed: 400 Bad Request: not enough rights to create a topic',
    });
  });

  it('exposes retryAfter and migrateToChatId', async () => {
    answer('sendMessage', () =>
      HttpResponse.json(
        {
          ok: false,
          error_code: 400,
          description: 'Bad Request: group chat was upgraded to a supergroup chat',
          parameters: { migrate_to_chat_id: -1009, retry_after: 3 },
        },
        { status: 400 },
      ),
    );
    const error = (await testClient()
      .call('sendMessage', { chat_id: -5, text: 'x' })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.migrateToChatId).toBe(-1009);
    expect(error.retryAfter).toBe(3);
  });

  it.each([
    ['an HTML page', 502, '<html><body>Bad Gateway</body></html>'],
    ['truncated JSON', 200, '{"ok":true,"result":{"message_id'],
    ['JSON without ok', 200, '{"result":true}'],
    ['a JSON array', 200, '[1,2]'],
    ['an empty body', 500, ''],
  ])('throws a ResponseError with the status for %s', async (_, status, body) => {
    answer('getMe', () => new HttpResponse(body, { status, headers: { 'content-type': 'text/html' } }));
    const error = await testClient()
      .call('getMe')
      .catch((e: unknown) => e);
    expect(isResponseError(error)).toBe(true);
    expect((error as ResponseError).status).toBe(status);
    expect((error as ResponseError).body).toBe(body.slice(0, 200));
  });

  it('wraps a network failure in a NetworkError, never a bare TypeError', async () => {
    server.use(http.post(`${API_ROOT}/bot${TOKEN}/getMe`, () => HttpResponse.error()));
    const error = await testClient()
      .call('getMe')
      .catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('turns a fetch that throws a non-Error into a NetworkError', async () => {
    const client = createClient({ token: TOKEN, retry: false, fetch: () => Promise.reject('boom') });
    const error = await client.call('getMe').catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect((error as Error).message).toBe('getMe failed: boom');
  });

  it('throws a TimeoutError carrying timeoutMs when the answer is too slow', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    const client = createClient({ token: TOKEN, retry: false, fetch: hang, timeoutMs: 20 });
    const error = await client.call('getMe').catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 20, method: 'getMe' });
  });

  it('adds the long-poll timeout of getUpdates to the HTTP timeout', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    const client = createClient({ token: TOKEN, retry: false, fetch: hang, timeoutMs: 10 });
    // A fractional long-poll timeout keeps the test short; the sum is what is checked.
    const error = await client.call('getUpdates', { timeout: 0.03 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 40 });
  });

  it("rejects with the caller's abort reason when the caller aborts", async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    const client = createClient({ token: TOKEN, retry: false, fetch: hang });
    const controller = new AbortController();
    const reason = new Error('user stop');
    const call = client.call('getMe', {}, { signal: controller.signal });
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });
});

describe('client.use', () => {
  it('runs transformers around calls, the last added first, and lets them change params', async () => {
    const seen = answer('sendMessage', message);
    const order: string[] = [];
    const a: Transformer = async (next, method, params, options) => {
      order.push(`a:${method}`);
      return next(method, { ...params, text: `${String(params.text)}+a` }, options);
    };
    const b: Transformer = async (next, method, params, options) => {
      order.push(`b:${method}`);
      const result = await next(method, { ...params, text: `${String(params.text)}+b` }, options);
      order.push('b:done');
      return result;
    };
    const client = testClient().use(a).use(b);
    await client.call('sendMessage', { chat_id: 1, text: 't' });
    expect(order).toEqual(['b:sendMessage', 'a:sendMessage', 'b:done']);
    expect(seen[0]?.json).toMatchObject({ text: 't+b+a' });
  });

  it('transformers see the chat and thread split from the legacy form', async () => {
    answer('sendMessage', message);
    const seenParams: unknown[] = [];
    const client = testClient().use((next, method, params, options) => {
      seenParams.push(params);
      return next(method, params, options);
    });
    await client.call('sendMessage', { chat_id: '-1001*5', text: 't' });
    expect(seenParams).toEqual([{ chat_id: -1001, message_thread_id: 5, text: 't' }]);
  });

  it('refuses a transformer that is not a function', () => {
    expect(() => testClient().use(1 as never)).toThrow(ValidationError);
  });
});

describe('client.download', () => {
  it('GETs <root>/file/bot<token>/<path> and returns the bytes', async () => {
    server.use(
      http.get(`${API_ROOT}/file/bot${TOKEN}/documents/file_1.txt`, () => new HttpResponse(new Uint8Array([104, 105]))),
    );
    await expect(testClient().download('documents/file_1.txt')).resolves.toEqual(new Uint8Array([104, 105]));
  });

  it('turns a 404 into an ApiError without the token anywhere', async () => {
    server.use(
      http.get(`${API_ROOT}/file/bot${TOKEN}/missing`, () =>
        HttpResponse.json({ ok: false, error_code: 404, description: 'Not Found' }, { status: 404 }),
      ),
    );
    const error = await testClient()
      .download('missing')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ApiError', error_code: 404, method: 'downloadFile' });
    expect(JSON.stringify(error) + (error as Error).stack).not.toContain(TOKEN);
  });
});
