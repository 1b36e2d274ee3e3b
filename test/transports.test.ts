import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/client/createClient.js';
import { inputFile } from '../src/client/inputFile.js';
import type { FetchLike } from '../src/client/types.js';
import { sendMessage } from '../src/methods/sendMessage.js';
import { TRANSPORTS } from './helpers/transports.js';

// The transport contract, checked for every transport the client ships with against a Bot API
// stand-in on 127.0.0.1 (real sockets: undici.request goes around msw).
const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

interface Seen {
  method: string;
  httpMethod: string | undefined;
  contentType: string | undefined;
  contentLength: string | undefined;
  body: Buffer;
}

type Handler = (seen: Seen, res: ServerResponse) => void;

const reply = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

let handler: Handler = (_, res) => reply(res, 200, { ok: true, result: true });
const seen: Seen[] = [];
const api: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const method = (req.url ?? '').split('/').pop() ?? '';
    const { 'content-type': contentType, 'content-length': contentLength } = req.headers;
    const entry = { method, httpMethod: req.method, contentType, contentLength, body: Buffer.concat(chunks) };
    seen.push(entry);
    handler(entry, res);
  });
});

const listen = (server: Server) =>
  new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

let apiRoot = '';
beforeAll(async () => {
  apiRoot = `http://127.0.0.1:${await listen(api)}`;
});
afterEach(() => {
  seen.length = 0;
  handler = (_, res) => reply(res, 200, { ok: true, result: true });
});
afterAll(async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
});

describe.each(TRANSPORTS)('transport contract: %s', (name, make) => {
  const client = (fetch: FetchLike = make(), timeoutMs?: number) =>
    createClient({ token: TOKEN, apiRoot, fetch, retry: false, ...(timeoutMs ? { timeoutMs } : {}) });

  it('sends a JSON call and resolves with the unwrapped result', async () => {
    const message = { message_id: 7, date: 1, chat: { id: -100123, type: 'supergroup' }, message_thread_id: 42 };
    handler = (_, res) => reply(res, 200, { ok: true, result: message });
    const params = {
      chat_id: -100123,
      message_thread_id: 42,
      text: 'héllo ✓',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] },
    };
    const result = await sendMessage(client(), params);
    expect(result).toEqual(message);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('sendMessage');
    expect(seen[0]?.httpMethod).toBe('POST');
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.contentLength).toBe(String(seen[0]?.body.length));
    expect(JSON.parse(seen[0]?.body.toString() ?? '')).toEqual(params);
  });

  it('turns ok: false into an ApiError with the status and description', async () => {
    handler = (_, res) =>
      reply(res, 400, { ok: false, error_code: 400, description: 'Bad Request: message thread not found' });
    const error = await client()
      .call('sendMessage', { chat_id: 1, message_thread_id: 5, text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ApiError', error_code: 400, method: 'sendMessage' });
  });

  it('turns an HTML error page into a ResponseError with the status', async () => {
    handler = (_, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
    const error = await client()
      .call('getMe')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResponseError', status: 502, body: '<html>Bad Gateway</html>' });
  });

  it('reads a chunked answer with a byte-order mark as fetch does', async () => {
    handler = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const body = Buffer.from('\uFEFF{"ok":true,"result":{"text":"ünïcode ✓"}}');
      // Split inside a multi-byte character: decoding must wait for the whole body.
      res.write(body.subarray(0, 33));
      setTimeout(() => res.end(body.subarray(33)), 5);
    };
    await expect(client().call('getMe')).resolves.toEqual({ text: 'ünïcode ✓' });
  });

  // None of the transports asks for compression. fetch decodes an answer compressed unasked,
  // and so does the Node transport; undici.request hands over the bytes as they came.
  it.runIf(name !== 'undici')('decodes a gzip answer sent unasked, as fetch does', async () => {
    handler = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync('{"ok":true,"result":{"text":"packed"}}'));
    };
    await expect(client().call('getMe')).resolves.toEqual({ text: 'packed' });
  });

  it('does not follow a redirect, and names no URL', async () => {
    handler = (_, res) => res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end();
    const error = await client()
      .call('getMe')
      .catch((e: unknown) => e);
    // fetch follows redirects: the global one reaches the refused port; the others stop at 302.
    expect(['ResponseError', 'NetworkError']).toContain((error as Error).name);
    expect(seen).toHaveLength(1);
  });

  it('uploads files as multipart/form-data with a content-length', async () => {
    const bytes = new TextEncoder().encode('report body');
    await client().call('sendDocument', {
      chat_id: -100123,
      message_thread_id: 9,
      document: inputFile(bytes, 'report.txt'),
      caption: 'weekly',
      thumbnail: new File(['thumb'], 'thumb.jpg', { type: 'image/jpeg' }),
    });
    const entry = seen[0];
    expect(entry?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(entry?.contentLength).toBe(String(entry?.body.length));
    const form = await new Response(new Uint8Array(entry?.body ?? []), {
      headers: { 'content-type': entry?.contentType ?? '' },
    }).formData();
    expect(form.get('chat_id')).toBe('-100123');
    expect(form.get('message_thread_id')).toBe('9');
    expect(form.get('caption')).toBe('weekly');
    const file = form.get('document') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['report.txt', 'text/plain', 'report body']);
    const thumb = form.get('thumbnail') as File;
    expect([thumb.name, thumb.type, await thumb.text()]).toEqual(['thumb.jpg', 'image/jpeg', 'thumb']);
  });

  it('downloads file bytes with a GET', async () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
    handler = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(bytes);
    };
    const got = await client().download('documents/file_1.bin');
    expect(seen[0]?.httpMethod).toBe('GET');
    expect(got).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(got).equals(bytes)).toBe(true);
  });

  it('turns a failed download into an ApiError', async () => {
    handler = (_, res) => reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const error = await client()
      .download('missing')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ApiError', error_code: 404, method: 'downloadFile' });
  });

  it('ends a call that gets no answer with a TimeoutError', async () => {
    handler = () => undefined; // never answers
    const error = await client(make(), 50)
      .call('getMe')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', method: 'getMe', timeoutMs: 50 });
  });

  it('aborts the request on timeout, before the answer and while its body is read', async () => {
    for (const stall of [
      () => undefined,
      (res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"ok":true,');
      },
    ]) {
      const closed = new Promise<void>((resolve) => {
        handler = (_, res) => {
          res.on('close', resolve);
          stall(res);
        };
      });
      const error = await client(make(), 50)
        .call('getMe')
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'TimeoutError', method: 'getMe', timeoutMs: 50 });
      await closed; // the socket was closed: the request did not go on in the background
    }
  });

  it('turns an answer cut short into a NetworkError', async () => {
    handler = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"ok":true,');
      setTimeout(() => res.socket?.destroy(), 10);
    };
    const error = await client()
      .call('getMe')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', method: 'getMe' });
  });

  it("rejects with the caller's abort reason when the caller aborts, and with an aborted signal at once", async () => {
    handler = () => undefined;
    const controller = new AbortController();
    const reason = new Error('stop');
    const pending = client().call('getMe', undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
    const before = seen.length;
    await expect(client().call('getMe', undefined, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(seen.length).toBe(before);
  });

  it('maps a refused connection to a NetworkError without the token', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const error = await createClient({ token: TOKEN, apiRoot: `http://127.0.0.1:${port}`, fetch: make(), retry: false })
      .call('getMe')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', method: 'getMe' });
    expect(String((error as Error).message)).not.toContain(TOKEN.split(':')[1]);
  });

  it('keeps connections alive across calls, and serves concurrent calls', async () => {
    const sockets = new Set<unknown>();
    handler = (entry, res) => {
      sockets.add(res.socket);
      reply(res, 200, { ok: true, result: JSON.parse(entry.body.toString()).chat_id });
    };
    const c = client();
    for (let i = 0; i < 5; i++) await c.call('getChat', { chat_id: i });
    // The global fetch's pool is Node's business (it opened a socket per call under vitest).
    if (name !== 'global fetch') expect(sockets.size).toBeLessThanOrEqual(2);
    const ids = Array.from({ length: 40 }, (_, i) => i);
    await expect(Promise.all(ids.map((chat_id) => c.call('getChat', { chat_id })))).resolves.toEqual(ids);
  });
});
