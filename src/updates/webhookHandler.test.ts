import { describe, expect, it } from 'vitest';
import type { Update } from '../types/botApi.js';
import { SECRET_HEADER, type WebhookOptions, webhookHandler } from './webhookHandler.js';

const SECRET = 'S3cret_token-for-tests';
const URL_ = 'https://bot.example.com/hook';
const body = JSON.stringify({ update_id: 42, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } } });

const post = (data: BodyInit | null, headers: Record<string, string> = { [SECRET_HEADER]: SECRET }) =>
  new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: data });

function setup(options: Partial<WebhookOptions> = {}) {
  const got: Update[] = [];
  const errors: unknown[] = [];
  const handler = webhookHandler({
    secretToken: SECRET,
    onUpdate: (u) => {
      got.push(u);
    },
    onError: (e) => errors.push(e),
    ...options,
  });
  return { handler, got, errors };
}

/** A body that arrives in chunks and whose length no header announces. */
const streamOf = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(next));
    },
  });

describe('webhookHandler', () => {
  it('answers 200 and hands the update to onUpdate', async () => {
    const { handler, got } = setup();
    const res = await handler(post(body));
    expect(res.status).toBe(200);
    expect(got).toEqual([JSON.parse(body)]);
  });

  it.each([
    ['missing', {}],
    ['wrong', { [SECRET_HEADER]: 'S3cret_token-for-testz' }],
    ['a prefix', { [SECRET_HEADER]: SECRET.slice(0, -1) }],
    ['longer', { [SECRET_HEADER]: `${SECRET}x` }],
    ['empty', { [SECRET_HEADER]: '' }],
  ])('answers 401 when the secret is %s, without calling onUpdate', async (_, headers) => {
    const { handler, got } = setup();
    expect((await handler(post(body, headers))).status).toBe(401);
    expect(got).toEqual([]);
  });

  it('answers 405 to anything but POST', async () => {
    const { handler, got } = setup();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await handler(
        new Request(URL_, { method, headers: { [SECRET_HEADER]: SECRET }, ...(method === 'PUT' && { body }) }),
      );
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    }
    expect(got).toEqual([]);
  });

  it.each([
    ['not JSON', '{"update_id": 1'],
    ['an array', '[{"update_id": 1}]'],
    ['null', 'null'],
    ['a number', '42'],
    ['an object without update_id', '{"message": {}}'],
    ['an object with a string update_id', '{"update_id": "1"}'],
    ['empty', ''],
  ])('answers 400 when the body is %s', async (_, data) => {
    const { handler, got } = setup();
    expect((await handler(post(data))).status).toBe(400);
    expect(got).toEqual([]);
  });

  it('answers 400 to bytes that are not UTF-8', async () => {
    const { handler, got } = setup();
    expect((await handler(post(new Uint8Array([0x7b, 0xff, 0x7d])))).status).toBe(400);
    expect(got).toEqual([]);
  });

  it('answers 413 when Content-Length is over the limit, before reading', async () => {
    const { handler, got } = setup({ maxBodyBytes: 64 });
    const req = new Request(URL_, {
      method: 'POST',
      headers: { [SECRET_HEADER]: SECRET, 'content-length': '65' },
      body: streamOf(['{}']),
      duplex: 'half',
    } as RequestInit);
    expect((await handler(req)).status).toBe(413);
    expect(got).toEqual([]);
  });

  it('answers 413 when a body without Content-Length grows over the limit while read', async () => {
    const { handler, got } = setup({ maxBodyBytes: 64 });
    const chunks = ['{"update_id":1,"x":"', 'a'.repeat(40), 'a'.repeat(40), '"}'];
    const req = new Request(URL_, {
      method: 'POST',
      headers: { [SECRET_HEADER]: SECRET },
      body: streamOf(chunks),
      duplex: 'half',
    } as RequestInit);
    expect(req.headers.get('content-length')).toBeNull();
    expect((await handler(req)).status).toBe(413);
    expect(got).toEqual([]);
  });

  it('answers 413 when Content-Length understates the body', async () => {
    const { handler, got } = setup({ maxBodyBytes: 64 });
    const req = new Request(URL_, {
      method: 'POST',
      headers: { [SECRET_HEADER]: SECRET, 'content-length': '10' },
      body: streamOf([`{"update_id":1,"x":"${'a'.repeat(80)}"}`]),
      duplex: 'half',
    } as RequestInit);
    expect((await handler(req)).status).toBe(413);
    expect(got).toEqual([]);
  });

  it('accepts a body of exactly the limit', async () => {
    const data = `{"update_id":1,"x":"${'a'.repeat(44)}"}`;
    const { handler, got } = setup({ maxBodyBytes: new TextEncoder().encode(data).length });
    expect((await handler(post(data))).status).toBe(200);
    expect(got).toHaveLength(1);
  });

  it('answers 500 when onUpdate throws or rejects, and reports the error', async () => {
    for (const onUpdate of [
      () => {
        throw new Error('sync');
      },
      () => Promise.reject(new Error('async')),
    ]) {
      const { handler, errors } = setup({ onUpdate });
      expect((await handler(post(body))).status).toBe(500);
      expect(errors).toHaveLength(1);
    }
  });

  it('keeps 500 when onError itself throws', async () => {
    const handler = webhookHandler({
      secretToken: SECRET,
      onUpdate: () => {
        throw new Error('a');
      },
      onError: () => {
        throw new Error('b');
      },
    });
    expect((await handler(post(body))).status).toBe(500);
  });

  it('waits for an async onUpdate before answering', async () => {
    const order: string[] = [];
    const handler = webhookHandler({
      secretToken: SECRET,
      onUpdate: async () => {
        await new Promise((r) => setTimeout(r, 5));
        order.push('handled');
      },
    });
    const res = await handler(post(body));
    order.push(`answered ${res.status}`);
    expect(order).toEqual(['handled', 'answered 200']);
  });

  it('with waitUntil, answers 200 at once and hands over a task that never rejects', async () => {
    const tasks: Promise<void>[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { handler, errors } = setup({
      onUpdate: async () => {
        await gate;
        throw new Error('late failure');
      },
      waitUntil: (task) => tasks.push(task),
      maxAttempts: 1,
    });
    expect((await handler(post(body))).status).toBe(200);
    expect(tasks).toHaveLength(1);
    expect(errors).toEqual([]);
    release();
    await expect(tasks[0]).resolves.toBeUndefined();
    expect(errors).toMatchObject([{ message: 'late failure' }, { name: 'UpdateSkippedError', updateId: 42 }]);
  });

  it('with waitUntil, still refuses bad requests without starting a task', async () => {
    const tasks: Promise<void>[] = [];
    const { handler } = setup({ waitUntil: (t) => tasks.push(t) });
    expect((await handler(post(body, {}))).status).toBe(401);
    expect((await handler(post('nope'))).status).toBe(400);
    expect(tasks).toEqual([]);
  });

  it('answers 500 rather than throwing when waitUntil throws', async () => {
    const { handler } = setup({
      waitUntil: () => {
        throw new Error('no context');
      },
    });
    expect((await handler(post(body))).status).toBe(500);
  });

  it('with allowUnauthenticated, accepts requests without the header', async () => {
    const got: Update[] = [];
    const handler = webhookHandler({ allowUnauthenticated: true, onUpdate: (u) => void got.push(u) });
    expect((await handler(post(body, {}))).status).toBe(200);
    expect(got).toHaveLength(1);
  });
});

describe('webhookHandler construction', () => {
  const onUpdate = () => {};
  it.each<[string, Partial<WebhookOptions>]>([
    ['secretToken', {}],
    ['secretToken', { allowUnauthenticated: false }],
    ['secretToken', { secretToken: '' }],
    ['secretToken', { secretToken: 'has space' }],
    ['secretToken', { secretToken: 'a'.repeat(257) }],
    ['maxBodyBytes', { secretToken: SECRET, maxBodyBytes: 0 }],
    ['onUpdate', { secretToken: SECRET, onUpdate: 'x' as never }],
    ['waitUntil', { secretToken: SECRET, waitUntil: 1 as never }],
  ])('refuses a bad %s with a ValidationError', (field, options) => {
    expect(() => webhookHandler({ onUpdate, ...options })).toThrow(
      expect.objectContaining({ name: 'ValidationError', method: 'webhookHandler', field }),
    );
  });

  it('never repeats the secret in an error', () => {
    const bad = 'leaky secret!';
    expect(() => webhookHandler({ onUpdate, secretToken: bad })).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining(bad) }),
    );
  });
});
