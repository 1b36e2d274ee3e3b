import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Update } from '../types/botApi.js';
import { toNodeListener } from './toNodeListener.js';
import { SECRET_HEADER, webhookHandler } from './webhookHandler.js';

const SECRET = 'loopback_secret';
const got: Update[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  const handler = webhookHandler({
    secretToken: SECRET,
    maxBodyBytes: 1_000_000,
    onUpdate: (u) => {
      if (u.update_id === 13) throw new Error('unlucky');
      got.push(u);
    },
    onError: () => {},
  });
  server = createServer(toNodeListener(handler, { maxBodyBytes: 1024, onError: () => {} }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?x=1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: string, secret = SECRET) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret }, body });

/** Sends a chunked body (no Content-Length) in `count` chunks and resolves with the status. */
const chunked = (chunk: string, count: number) =>
  new Promise<number>((resolve, reject) => {
    let answered = false;
    const req = request(url, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } }, (res) => {
      answered = true;
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    let sent = 0;
    const write = () => {
      if (answered) req.destroy();
      else if (sent++ < count) req.write(chunk, () => setTimeout(write, 2));
      else req.end();
    };
    write();
  });

describe('toNodeListener over loopback HTTP', () => {
  it('delivers an authenticated update and answers 200', async () => {
    const res = await post(JSON.stringify({ update_id: 1 }));
    expect(res.status).toBe(200);
    expect(got).toContainEqual({ update_id: 1 });
  });

  it('answers 401, 405, 400 and 500 as the handler decides', async () => {
    const before = got.length;
    expect((await post(JSON.stringify({ update_id: 2 }), 'wrong')).status).toBe(401);
    expect((await fetch(url)).status).toBe(405);
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify({ update_id: 13 }))).status).toBe(500);
    expect(got.length).toBe(before);
  });

  it('answers 413 on a Content-Length over its own limit', async () => {
    const res = await post(JSON.stringify({ update_id: 3, text: 'a'.repeat(2000) }));
    expect(res.status).toBe(413);
    expect(got).not.toContainEqual(expect.objectContaining({ update_id: 3 }));
  });

  it('answers 413 to a chunked body that grows past the limit, and keeps serving', async () => {
    expect(await chunked('a'.repeat(300), 10)).toBe(413);
    const res = await post(JSON.stringify({ update_id: 4 }));
    expect(res.status).toBe(200);
  });

  it('accepts a chunked body under the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"update_id":');
      req.end('5}');
    });
    expect(status).toBe(200);
    expect(got).toContainEqual({ update_id: 5 });
  });
});

describe('toNodeListener behind a body parser', () => {
  // A stand-in for express.json / text / raw and Fastify's parser: it reads the whole stream,
  // then leaves the body on req.body as the `x-parse` header says (or nowhere).
  const parsers: Record<string, (raw: Buffer) => unknown> = {
    json: (raw) => JSON.parse(raw.toString('utf8')),
    text: (raw) => raw.toString('utf8'),
    buffer: (raw) => raw,
    uint8array: (raw) => new Uint8Array(raw),
    arraybuffer: (raw) => raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length),
    circular: () => {
      const body: Record<string, unknown> = { update_id: 1 };
      body.self = body;
      return body;
    },
    none: () => undefined,
  };
  const updates: Update[] = [];
  const errors: unknown[] = [];
  let parsed: Server;
  let parsedUrl: string;

  beforeAll(async () => {
    const listener = toNodeListener(
      webhookHandler({ secretToken: SECRET, onUpdate: (u) => void updates.push(u), onError: () => {} }),
      { maxBodyBytes: 200, onError: (e) => errors.push(e) },
    );
    parsed = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const parse = parsers[String(req.headers['x-parse'])];
        const body = parse?.(Buffer.concat(chunks));
        void listener(Object.assign(req, body === undefined ? {} : { body }), res);
      });
    });
    await new Promise<void>((resolve) => parsed.listen(0, '127.0.0.1', resolve));
    parsedUrl = `http://127.0.0.1:${(parsed.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => parsed.close(() => resolve())));

  const send = (parse: string, body: string) =>
    fetch(parsedUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SECRET_HEADER]: SECRET, 'x-parse': parse },
      body,
    });

  it.each(['json', 'text', 'buffer', 'uint8array', 'arraybuffer'])(
    'takes the body a parser left on req.body as %s',
    async (parse) => {
      const id = 100 + Object.keys(parsers).indexOf(parse);
      const res = await send(parse, ` { "update_id": ${id}, "message": { "text": "é" } } `);
      expect(res.status).toBe(200);
      expect(updates).toContainEqual({ update_id: id, message: { text: 'é' } });
    },
  );

  it('still refuses a parsed body without the secret, and one over the limit', async () => {
    const wrong = await fetch(parsedUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SECRET_HEADER]: 'wrong', 'x-parse': 'json' },
      body: '{"update_id":1}',
    });
    expect(wrong.status).toBe(401);
    errors.length = 0;
    const big = await send('json', JSON.stringify({ update_id: 2, pad: 'x'.repeat(300) }));
    expect(big.status).toBe(413);
    expect(errors).toMatchObject([{ name: 'WebhookError', status: 413 }]);
  });

  it('answers 500 and reports a WebhookError when the parser took the body and left none', async () => {
    errors.length = 0;
    const res = await send('none', '{"update_id":3}');
    expect(res.status).toBe(500);
    expect(errors).toMatchObject([
      { name: 'WebhookError', status: 500, message: expect.stringContaining('left no req.body') },
    ]);
  });

  it('answers 500 and reports the cause when req.body cannot be serialised', async () => {
    errors.length = 0;
    expect((await send('circular', '{}')).status).toBe(500);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).cause).toBeInstanceOf(TypeError);
  });

  it('reads the stream when req.body is set but the stream was not read (express 4 sets {})', async () => {
    const listener = toNodeListener(webhookHandler({ secretToken: SECRET, onUpdate: (u) => void updates.push(u) }));
    const server = createServer((req, res) => void listener(Object.assign(req, { body: {} }), res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
        method: 'POST',
        headers: { [SECRET_HEADER]: SECRET },
        body: '{"update_id":77}',
      });
      expect(res.status).toBe(200);
      expect(updates).toContainEqual({ update_id: 77 });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('toNodeListener failures', () => {
  /** A request object whose stream fails or never ends, driven by hand. */
  const fakeRequest = (emit: (fire: (event: string, arg?: unknown) => void) => void) => {
    const listeners = new Map<string, (arg?: unknown) => void>();
    const req = {
      method: 'POST',
      url: '/bot123:SECRET_TOKEN_IN_PATH/hook',
      headers: { host: 'x' },
      on: (event: string, fn: (arg?: unknown) => void) => listeners.set(event, fn),
      off: (event: string) => listeners.delete(event),
      pause: () => {},
    };
    queueMicrotask(() => emit((event, arg) => listeners.get(event)?.(arg)));
    return req;
  };
  const fakeResponse = () => {
    const res = {
      headersSent: false,
      writableEnded: false,
      statusCode: 0,
      headers: {} as Record<string, string>,
      setHeader(name: string, value: string) {
        res.headers[name] = value;
      },
      end() {
        res.writableEnded = true;
      },
    };
    return res;
  };

  it('reports a broken stream with its cause, and answers 500', async () => {
    const errors: unknown[] = [];
    const listener = toNodeListener(async () => new Response(null), { onError: (e) => errors.push(e) });
    const res = fakeResponse();
    const reset = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    await listener(
      fakeRequest((fire) => fire('error', reset)),
      res,
    );
    expect(res.statusCode).toBe(500);
    expect(errors).toMatchObject([{ name: 'WebhookError', status: 500, cause: reset }]);
  });

  it('reports a handler that throws, and logs to the console without the URL when there is no onError', async () => {
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const listener = toNodeListener(async () => {
        throw new Error('boom');
      });
      const res = fakeResponse();
      await listener(
        fakeRequest((fire) => {
          fire('data', new TextEncoder().encode('{}'));
          fire('end');
        }),
        res,
      );
      expect(res.statusCode).toBe(500);
      expect(logged).toHaveLength(1);
      expect(logged[0]?.[0]).toBe('[telegram-forum] toNodeListener:');
      expect(logged[0]?.[1]).toMatchObject({ name: 'WebhookError', cause: { message: 'boom' } });
      expect(JSON.stringify(logged.map((a) => [String(a[1]), (a[1] as Error).stack]))).not.toContain(
        'SECRET_TOKEN_IN_PATH',
      );
    } finally {
      spy.mockRestore();
    }
  });
});
