import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/client/createClient.js';
import type { FetchLike } from '../src/client/types.js';
import { isTelegramError } from '../src/errors/errors.js';
import { TRANSPORTS } from './helpers/transports.js';

// A realistic token; the secret half is what must never surface.
const TOKEN = '987654321:AAF-redaction_Secret0123456789abcdefXYZ';

let server: Server;
let root: string;

beforeAll(async () => {
  // Every answer echoes the request path, i.e. the token, the way real proxies and error pages do.
  server = createServer((req, res) => {
    const path = req.url ?? '';
    if (path.endsWith('/html502')) {
      res.writeHead(502, { 'content-type': 'text/html' }).end(`<html><body>502 Bad Gateway for ${path}</body></html>`);
    } else if (path.endsWith('/html200')) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html>${path}</html>`);
    } else if (path.endsWith('/notOk')) {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: false, error_code: 400, description: `Bad Request: no route ${path}` }));
    } else if (path.endsWith('/slow')) {
      setTimeout(() => res.end('{"ok":true,"result":true}'), 500);
    } else {
      res.end('{"ok":true,"result":true}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function refusedRoot(): Promise<string> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Everything a log line or a crash report could print about an error. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  const causes: string[] = [];
  for (let c: unknown = e.cause, i = 0; c !== undefined && i < 10; c = (c as Error).cause, i++) {
    causes.push(String((c as Error).message), String((c as Error).stack), inspect(c, { depth: null }));
  }
  return [
    e.message,
    String(e),
    String(e.stack),
    JSON.stringify(e),
    inspect(e, { depth: null }),
    inspect(e, { depth: null, showHidden: true }),
    ...causes,
  ];
}

const secret = TOKEN.split(':')[1] as string;

describe('the token appears in no error output', () => {
  const cases: Array<[string, () => Promise<{ apiRoot: string; method: string; fetch?: FetchLike }>, string]> = [
    ['connection refused', async () => ({ apiRoot: await refusedRoot(), method: 'getMe' }), 'NetworkError'],
    ['502 with an HTML body', async () => ({ apiRoot: root, method: 'html502' }), 'ResponseError'],
    ['200 with an HTML body', async () => ({ apiRoot: root, method: 'html200' }), 'ResponseError'],
    ['ok: false', async () => ({ apiRoot: root, method: 'notOk' }), 'ApiError'],
    ['timeout', async () => ({ apiRoot: root, method: 'slow' }), 'TimeoutError'],
    [
      'a fetch whose error names the URL',
      async () => ({
        apiRoot: root,
        method: 'getMe',
        fetch: (url) =>
          Promise.reject(new TypeError(`request to ${url} failed`, { cause: new Error(`connect ${url}`) })),
      }),
      'NetworkError',
    ],
  ];

  // Each failure through every transport (the last case brings a fetch of its own).
  const matrix = TRANSPORTS.flatMap(([transport, make]) =>
    cases.map(([label, setup, name]) => [`${label} (${transport})`, setup, name, make] as const),
  );
  it.each(matrix)('%s', async (_, setup, name, make) => {
    const { apiRoot, method, fetch = make() } = await setup();
    // Only the timeout case needs a short timeout; the others must not hit it on a loaded machine.
    const timeoutMs = name === 'TimeoutError' ? 100 : 30_000;
    const client = createClient({ token: TOKEN, apiRoot, timeoutMs, retry: false, fetch });
    const error = await client.call(method as 'getMe').catch((e: unknown) => e);
    expect(isTelegramError(error)).toBe(true);
    expect((error as Error).name).toBe(name);
    for (const text of renderings(error)) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(TOKEN));
    }
  });

  it('util.inspect of the client does not show the token', () => {
    const client = createClient({ token: TOKEN });
    expect(inspect(client, { depth: null, showHidden: true })).not.toContain(secret);
    expect(JSON.stringify(client)).not.toContain(secret);
  });
});
