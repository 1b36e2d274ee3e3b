import { afterEach, describe, expect, it, vi } from 'vitest';
import { isUpdateSkippedError, isWebhookError } from '../errors/errors.js';
import type { Update } from '../types/botApi.js';
import { SECRET_HEADER, type WebhookOptions, webhookHandler } from './webhookHandler.js';
import { webhookReply } from './webhookReply.js';

// The error boundary of webhookHandler: Telegram redelivers an update after a non-2xx answer
// (telegram-bot-api/WebhookActor.cpp, on_connection_result → on_update_error), so each delivery
// is one attempt; the last allowed one is answered 200 and the update reported as skipped.

const SECRET = 'boundary_secret';
const update = (update_id: number) => ({
  update_id,
  message: { message_id: 1, date: 0, chat: { id: 5, type: 'private', first_name: 'A' }, text: 'hi' },
});
const post = (body: unknown, headers: Record<string, string> = { [SECRET_HEADER]: SECRET }) =>
  new Request('https://bot.example.com/bot123:SECRET_TOKEN_IN_PATH/hook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

function setup(options: Partial<WebhookOptions> = {}) {
  const reports: Array<[unknown, number | undefined]> = [];
  const handler = webhookHandler({
    secretToken: SECRET,
    onUpdate: (u) => {
      if (u.update_id === 13) throw new Error('poison');
    },
    onError: (error, u) => reports.push([error, u?.update_id]),
    ...options,
  });
  return { handler, reports };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('webhookHandler error boundary', () => {
  it('answers 500 until the maxAttempts-th failure, then 200 and reports the skip with its cause', async () => {
    const { handler, reports } = setup({ maxAttempts: 3 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await handler(post(update(13)))).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect(reports.map(([e, id]) => [(e as Error).message, id])).toEqual([
      ['poison', 13],
      ['poison', 13],
      ['poison', 13],
      ['update 13 skipped after 3 failed attempts', 13],
    ]);
    const skipped = reports[3]?.[0];
    expect(isUpdateSkippedError(skipped) && skipped).toMatchObject({ updateId: 13, attempts: 3 });
    expect((skipped as Error).cause).toBe(reports[2]?.[0]);
    // Other updates are not held up meanwhile, and the count starts again if 13 ever comes back.
    expect((await handler(post(update(14)))).status).toBe(200);
    expect((await handler(post(update(13)))).status).toBe(500);
  });

  it('counts attempts per update, and forgets an update once handled', async () => {
    let failNext = 2;
    const { handler } = setup({
      maxAttempts: 2,
      onUpdate: () => {
        if (failNext-- > 0) throw new Error('flaky');
      },
    });
    expect((await handler(post(update(1)))).status).toBe(500);
    expect((await handler(post(update(2)))).status).toBe(500);
    // Each had one failure of two allowed: both are still redelivered, not skipped.
    expect((await handler(post(update(1)))).status).toBe(200);
    failNext = 1;
    expect((await handler(post(update(1)))).status).toBe(500);
  });

  it('never skips with maxAttempts: Infinity', async () => {
    const { handler, reports } = setup({ maxAttempts: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 20; i++) expect((await handler(post(update(13)))).status).toBe(500);
    expect(reports.some(([e]) => isUpdateSkippedError(e))).toBe(false);
  });

  it('with maxAttempts: 1, answers 200 at the first failure and reports it, then the skip', async () => {
    const { handler, reports } = setup({ maxAttempts: 1 });
    expect((await handler(post(update(13)))).status).toBe(200);
    expect(reports.map(([e]) => (e as Error).name)).toEqual(['Error', 'UpdateSkippedError']);
  });

  it('reports refused requests as a WebhookError without the update, and a 405 not at all', async () => {
    const { handler, reports } = setup({ maxBodyBytes: 100 });
    expect((await handler(post(update(1), {}))).status).toBe(401);
    expect((await handler(post('{"nope":1}'))).status).toBe(400);
    expect((await handler(post({ ...update(1), pad: 'x'.repeat(200) }))).status).toBe(413);
    expect((await handler(new Request('https://bot.example.com/hook'))).status).toBe(405);
    expect(reports.map(([e, id]) => [isWebhookError(e) && e.status, id])).toEqual([
      [401, undefined],
      [400, undefined],
      [413, undefined],
    ]);
  });

  it('logs with console.error when there is no onError: the update_id and the error, no token or secret', async () => {
    const logged: unknown[][] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    const handler = webhookHandler({
      secretToken: SECRET,
      maxAttempts: 2,
      onUpdate: () => {
        throw new Error('poison');
      },
    });
    await handler(post(update(7)));
    await handler(post(update(7)));
    await handler(post(update(8), { [SECRET_HEADER]: 'wrong' }));
    expect(logged.map((args) => args[0])).toEqual([
      '[telegram-forum] webhookHandler update 7:',
      '[telegram-forum] webhookHandler update 7:',
      '[telegram-forum] webhookHandler update 7:',
      '[telegram-forum] webhookHandler:',
    ]);
    expect(logged.map((args) => (args[1] as Error).message)).toEqual([
      'poison',
      'poison',
      'update 7 skipped after 2 failed attempts',
      'webhookHandler answered 401: the secret token header is missing or wrong',
    ]);
    const text = JSON.stringify(logged.map((args) => [args[0], String(args[1]), (args[1] as Error).stack]));
    expect(text).not.toContain('SECRET_TOKEN_IN_PATH');
    expect(text).not.toContain(SECRET);
  });

  it('with waitUntil, retries in the process after a backoff, then reports the skip', async () => {
    vi.useFakeTimers();
    const tasks: Promise<void>[] = [];
    let calls = 0;
    const { handler, reports } = setup({
      maxAttempts: 3,
      waitUntil: (task) => tasks.push(task),
      onUpdate: () => {
        calls++;
        throw new Error('poison');
      },
    });
    expect((await handler(post(update(13)))).status).toBe(200);
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toBe(1);
    // Waits of 0.5-1 s, then 1-2 s: all three attempts are done within 3 s.
    await vi.advanceTimersByTimeAsync(2_600);
    await expect(tasks[0]).resolves.toBeUndefined();
    expect(calls).toBe(3);
    expect(reports.map(([e]) => (e as Error).name)).toEqual(['Error', 'Error', 'Error', 'UpdateSkippedError']);
  });

  it('refuses a bad maxAttempts or onError with a ValidationError', () => {
    for (const [field, options] of [
      ['maxAttempts', { maxAttempts: 0 }],
      ['maxAttempts', { maxAttempts: 1.5 }],
      ['maxAttempts', { maxAttempts: Number.NaN }],
      ['onError', { onError: 'log' as never }],
    ] as const) {
      expect(() => webhookHandler({ secretToken: SECRET, onUpdate: () => {}, ...options })).toThrow(
        expect.objectContaining({ name: 'ValidationError', method: 'webhookHandler', field }),
      );
    }
  });
});

describe('answering in the webhook response', () => {
  it('sends a webhookReply as the JSON body of the 200, the topic rules applied', async () => {
    const handler = webhookHandler({
      secretToken: SECRET,
      onUpdate: (u: Update) => webhookReply('sendMessage', { chat_id: '-100123*42', text: `#${u.update_id}` }),
    });
    const res = await handler(post(update(9)));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ method: 'sendMessage', chat_id: -100123, message_thread_id: 42, text: '#9' });
  });

  it('answers an empty 200 when onUpdate returns anything else, even an object with a method field', async () => {
    for (const value of [undefined, { method: 'sendMessage', chat_id: 1, text: 'x' }, 'sendMessage', 42]) {
      const handler = webhookHandler({ secretToken: SECRET, onUpdate: () => value });
      const res = await handler(post(update(1)));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
    }
  });

  it('with waitUntil, reports that a webhookReply cannot be sent', async () => {
    const tasks: Promise<void>[] = [];
    const { handler, reports } = setup({
      waitUntil: (task) => tasks.push(task),
      onUpdate: () => webhookReply('sendMessage', { chat_id: 1, text: 'late' }),
    });
    const res = await handler(post(update(3)));
    expect(await res.text()).toBe('');
    await tasks[0];
    expect(reports).toEqual([[expect.objectContaining({ name: 'WebhookError' }), 3]]);
  });
});
