import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  });
  server = createServer(toNodeListener(handler, { maxBodyBytes: 1024 }));
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
