import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { type ApiError, isApiError, isNetworkError, isResponseError, isTimeoutError } from '../errors/errors.js';
import { createClient } from './createClient.js';
import { isReadOnly, sleep } from './retry.js';
import type { FetchLike, RetryOptions } from './types.js';

const chat = { id: -1001, type: 'supergroup' as const, title: 'Forum' };
const message = { message_id: 7, date: 1, chat };
// Tiny delays: retries happen at once, and nothing here measures time.
const fast: RetryOptions = { baseDelayMs: 1, maxDelayMs: 2 };

const ok = (result: unknown) => HttpResponse.json({ ok: true, result });
const tooMany = (retry_after: number) =>
  HttpResponse.json(
    {
      ok: false,
      error_code: 429,
      description: `Too Many Requests: retry after ${retry_after}`,
      parameters: { retry_after },
    },
    { status: 429 },
  );
const badGateway = () =>
  new HttpResponse('<html><body>502 Bad Gateway</body></html>', {
    status: 502,
    headers: { 'content-type': 'text/html' },
  });

/** Answers `method` with the given responses in turn, then with `last` for ever. */
function sequence(method: string, responses: Array<() => Response>, last: () => Response) {
  let i = 0;
  return answer(method, () => (responses[i++] ?? last)());
}

describe('retry: 429 flood control', () => {
  it('waits retry_after and sends again, for any method', async () => {
    const seen = sequence('sendMessage', [() => tooMany(0)], () => ok(message));
    await expect(testClient({ retry: fast }).call('sendMessage', { chat_id: -1001, text: 'hi' })).resolves.toEqual(
      message,
    );
    expect(seen).toHaveLength(2);
    expect(seen[1]?.json).toEqual(seen[0]?.json);
  });

  it('surfaces a retry_after over maxRetryAfterMs at once, with retryAfter', async () => {
    const seen = sequence('getMe', [], () => tooMany(5));
    const error = await testClient({ retry: { ...fast, maxRetryAfterMs: 4_000 } })
      .call('getMe')
      .catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect((error as ApiError).retryAfter).toBe(5);
    expect(seen).toHaveLength(1);
  });

  it('is on by default with a cap: a 5-hour retry_after surfaces', async () => {
    const seen = sequence('sendMessage', [], () => tooMany(18_000));
    const client = createClient({ token: TOKEN, apiRoot: 'https://api.telegram.org' });
    const error = await client.call('sendMessage', { chat_id: 1, text: 'x' }).catch((e: unknown) => e);
    expect((error as ApiError).retryAfter).toBe(18_000);
    expect(seen).toHaveLength(1);
  });

  it('stops after maxAttempts and surfaces the last error', async () => {
    const seen = sequence('getChat', [], () => tooMany(0));
    const error = await testClient({ retry: { ...fast, maxAttempts: 4 } })
      .call('getChat', { chat_id: -1001 })
      .catch((e: unknown) => e);
    expect((error as ApiError).error_code).toBe(429);
    expect(seen).toHaveLength(4);
  });

  it('does not retry with maxAttempts 1', async () => {
    const seen = sequence('getMe', [], () => tooMany(0));
    await expect(testClient({ retry: { maxAttempts: 1 } }).call('getMe')).rejects.toMatchObject({ error_code: 429 });
    expect(seen).toHaveLength(1);
  });
});

describe('retry: faults that may hide a delivered request', () => {
  const faults: Array<[string, () => Response, (e: unknown) => boolean]> = [
    ['a network error', () => HttpResponse.error(), isNetworkError],
    ['a 502 HTML page', badGateway, isResponseError],
    [
      'a 500 ok:false',
      () => HttpResponse.json({ ok: false, error_code: 500, description: 'Internal Server Error' }, { status: 500 }),
      isApiError,
    ],
    ['truncated JSON', () => new HttpResponse('{"ok":true,"result":{"id":', { status: 200 }), isResponseError],
  ];

  it.each(faults)('retries %s for a read-only method', async (_, fault) => {
    const seen = sequence('getChat', [fault, fault], () => ok(chat));
    await expect(testClient({ retry: fast }).call('getChat', { chat_id: -1001 })).resolves.toEqual(chat);
    expect(seen).toHaveLength(3);
  });

  it.each(faults)('does not resend sendMessage after %s', async (_, fault, guard) => {
    const seen = sequence('sendMessage', [fault], () => ok(message));
    const error = await testClient({ retry: fast })
      .call('sendMessage', { chat_id: -1001, text: 'once' })
      .catch((e: unknown) => e);
    expect(guard(error)).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('resends any method with retryUnsafe: true', async () => {
    const seen = sequence('sendMessage', [() => HttpResponse.error()], () => ok(message));
    await expect(
      testClient({ retry: { ...fast, retryUnsafe: true } }).call('sendMessage', { chat_id: -1001, text: 'x' }),
    ).resolves.toEqual(message);
    expect(seen).toHaveLength(2);
  });

  it('resends only the methods named in retryUnsafe', async () => {
    const client = testClient({ retry: { ...fast, retryUnsafe: ['answerCallbackQuery'] } });
    const answered = sequence('answerCallbackQuery', [badGateway], () => ok(true));
    const sent = sequence('sendMessage', [badGateway], () => ok(message));
    await expect(client.call('answerCallbackQuery', { callback_query_id: 'q' })).resolves.toBe(true);
    await expect(client.call('sendMessage', { chat_id: 1, text: 'x' })).rejects.toSatisfy(isResponseError);
    expect(answered).toHaveLength(2);
    expect(sent).toHaveLength(1);
  });

  it('never retries a 4xx answer, even for a read', async () => {
    const seen = sequence('getChat', [], () =>
      HttpResponse.json({ ok: false, error_code: 400, description: 'Bad Request: chat not found' }, { status: 400 }),
    );
    await expect(testClient({ retry: fast }).call('getChat', { chat_id: 5 })).rejects.toMatchObject({
      error_code: 400,
    });
    const page = sequence('getMe', [], () => new HttpResponse('<html>404</html>', { status: 404 }));
    await expect(testClient({ retry: fast }).call('getMe')).rejects.toSatisfy(isResponseError);
    expect(seen).toHaveLength(1);
    expect(page).toHaveLength(1);
  });

  it('counts only getters as read-only', () => {
    for (const m of ['getMe', 'getUpdates', 'getChat', 'getFile', 'getForumTopicIconStickers']) {
      expect(isReadOnly(m)).toBe(true);
    }
    for (const m of ['sendMessage', 'answerCallbackQuery', 'deleteMessage', 'setWebhook', 'get', 'getaway']) {
      expect(isReadOnly(m)).toBe(false);
    }
  });
});

describe('retry: time and signals', () => {
  const hangOnce = (signals: AbortSignal[]): FetchLike => {
    return async (_url, init) => {
      signals.push(init.signal);
      if (signals.length === 1) {
        return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
      }
      return {
        status: 200,
        text: async () => '{"ok":true,"result":true}',
        arrayBuffer: async () => new ArrayBuffer(0),
      };
    };
  };

  it('applies the timeout per attempt: a read that timed out gets a fresh timeout', async () => {
    const signals: AbortSignal[] = [];
    const client = createClient({ token: TOKEN, fetch: hangOnce(signals), timeoutMs: 20, retry: fast });
    await expect(client.call('getMe')).resolves.toBe(true);
    expect(signals).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]).not.toBe(signals[0]);
  });

  it('surfaces the TimeoutError of a send without resending it', async () => {
    const signals: AbortSignal[] = [];
    const client = createClient({ token: TOKEN, fetch: hangOnce(signals), timeoutMs: 20, retry: fast });
    await expect(client.call('sendMessage', { chat_id: 1, text: 'x' })).rejects.toSatisfy(isTimeoutError);
    expect(signals).toHaveLength(1);
  });

  /** A fetch that answers `status`/`body` and aborts `controller` once the client has read it. */
  const answerThenAbort = (controller: AbortController, status: number, body: string, calls: string[]): FetchLike => {
    return async (url) => {
      calls.push(url);
      return {
        status,
        arrayBuffer: async () => new ArrayBuffer(0),
        text: async () => {
          // Runs after the microtasks that start the sleep.
          setTimeout(() => controller.abort(new Error('shutting down')), 0);
          return body;
        },
      };
    };
  };

  it('ends a retry_after sleep at once when the signal aborts', async () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const body =
      '{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 20","parameters":{"retry_after":20}}';
    // Telegram asks for 20 s; the abort must not wait for it (the test would time out).
    const client = createClient({
      token: TOKEN,
      fetch: answerThenAbort(controller, 429, body, calls),
      retry: { maxRetryAfterMs: 60_000 },
    });
    const call = client.call('sendMessage', { chat_id: 1, text: 'x' }, { signal: controller.signal });
    await expect(call).rejects.toThrow('shutting down');
    expect(calls).toHaveLength(1);
  });

  it('ends a backoff sleep at once when the signal aborts', async () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const client = createClient({
      token: TOKEN,
      fetch: answerThenAbort(controller, 502, '<html>502</html>', calls),
      retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    await expect(client.call('getMe', {}, { signal: controller.signal })).rejects.toThrow('shutting down');
    expect(calls).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const seen = answer('getMe', () => ok(true));
    const controller = new AbortController();
    controller.abort(new Error('early'));
    await expect(testClient({ retry: fast }).call('getMe', {}, { signal: controller.signal })).rejects.toThrow('early');
    expect(seen).toHaveLength(0);
  });

  it('sleep resolves, and rejects with the reason when aborted before or during', async () => {
    await expect(sleep(0)).resolves.toBeUndefined();
    const before = AbortSignal.abort(new Error('before'));
    await expect(sleep(10_000, before)).rejects.toThrow('before');
    const controller = new AbortController();
    const during = sleep(10_000, controller.signal);
    controller.abort(new Error('during'));
    await expect(during).rejects.toThrow('during');
  });
});

describe('retry options', () => {
  const bad: Array<[string, RetryOptions]> = [
    ['maxAttempts', { maxAttempts: 0 }],
    ['maxAttempts', { maxAttempts: 101 }],
    ['maxAttempts', { maxAttempts: Number.NaN }],
    ['maxRetryAfterMs', { maxRetryAfterMs: -1 }],
    ['baseDelayMs', { baseDelayMs: Number.POSITIVE_INFINITY }],
    ['maxDelayMs', { maxDelayMs: '5' as never }],
    ['retryUnsafe', { retryUnsafe: 'yes' as never }],
    ['retryUnsafe', { retryUnsafe: [1] as never }],
  ];
  it.each(bad)('rejects a bad %s when the client is created', (field, retry) => {
    expect(() => createClient({ token: TOKEN, retry })).toThrow(
      expect.objectContaining({ name: 'ValidationError', field: `retry.${field}` }),
    );
  });
});
