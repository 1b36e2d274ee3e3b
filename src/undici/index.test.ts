import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { connect, type Socket } from 'node:net';
import { ProxyAgent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../client/createClient.js';
import { inputFile } from '../client/inputFile.js';
import { sendMessage } from '../methods/sendMessage.js';
import { createUndiciFetch } from './index.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

interface Seen {
  method: string;
  contentType: string | undefined;
  contentLength: string | undefined;
  body: Buffer;
}

type Handler = (seen: Seen, res: ServerResponse) => void;

const reply = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

// A Bot API stand-in on 127.0.0.1: msw does not intercept undici.request, so a real socket it is.
let handler: Handler = (_, res) => reply(res, 200, { ok: true, result: true });
const seen: Seen[] = [];
const api: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const method = (req.url ?? '').split('/').pop() ?? '';
    const { 'content-type': contentType, 'content-length': contentLength } = req.headers;
    const entry = { method, contentType, contentLength, body: Buffer.concat(chunks) };
    seen.push(entry);
    handler(entry, res);
  });
});

// A forward proxy on 127.0.0.1 that records what went through it: CONNECT tunnels and
// absolute-URI requests alike.
const proxied: string[] = [];
const tunnels = new Set<Socket>();
const proxy: Server = createServer((req, res) => {
  proxied.push(`${req.method} ${req.url}`);
  const target = new URL(req.url ?? '');
  const upstream = httpRequest(
    { host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  req.pipe(upstream);
});
proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
  proxied.push(`CONNECT ${req.url}`);
  const [host, port] = (req.url ?? '').split(':');
  const upstream = connect(Number(port), host, () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  for (const socket of [client, upstream]) {
    tunnels.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => tunnels.delete(socket));
  }
});

const listen = (server: Server) =>
  new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

let apiRoot = '';
let proxyUri = '';
beforeAll(async () => {
  apiRoot = `http://127.0.0.1:${await listen(api)}`;
  proxyUri = `http://127.0.0.1:${await listen(proxy)}`;
});
afterEach(() => {
  seen.length = 0;
  proxied.length = 0;
  handler = (_, res) => reply(res, 200, { ok: true, result: true });
});
afterAll(async () => {
  for (const socket of tunnels) socket.destroy();
  for (const server of [api, proxy]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const client = (fetch = createUndiciFetch(), timeoutMs?: number) =>
  createClient({ token: TOKEN, apiRoot, fetch, retry: false, ...(timeoutMs ? { timeoutMs } : {}) });

describe('createUndiciFetch', () => {
  it('sends a JSON call and resolves with the unwrapped result', async () => {
    const message = { message_id: 7, date: 1, chat: { id: -100123, type: 'supergroup' }, message_thread_id: 42 };
    handler = (_, res) => reply(res, 200, { ok: true, result: message });
    const params = {
      chat_id: -100123,
      message_thread_id: 42,
      text: 'hi',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] },
    };
    const result = await sendMessage(client(), params);
    expect(result).toEqual(message);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('sendMessage');
    expect(seen[0]?.contentType).toBe('application/json');
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

  it('uploads a file as multipart/form-data', async () => {
    const bytes = new TextEncoder().encode('report body');
    await client().call('sendDocument', {
      chat_id: -100123,
      message_thread_id: 9,
      document: inputFile(bytes, 'report.txt'),
      caption: 'weekly',
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
    expect(file.name).toBe('report.txt');
    expect(await file.text()).toBe('report body');
  });

  it('downloads file bytes', async () => {
    handler = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.from([1, 2, 3, 250]));
    };
    const bytes = await client().download('documents/file_1.bin');
    expect([...bytes]).toEqual([1, 2, 3, 250]);
  });

  it('ends a call that gets no answer with a TimeoutError', async () => {
    handler = () => undefined; // never answers
    const error = await client(createUndiciFetch(), 50)
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
      const error = await client(createUndiciFetch(), 50)
        .call('getMe')
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'TimeoutError', method: 'getMe', timeoutMs: 50 });
      await closed; // the socket was closed: the request did not go on in the background
    }
  });

  it("rejects with the caller's abort reason when the caller aborts", async () => {
    handler = () => undefined;
    const controller = new AbortController();
    const reason = new Error('stop');
    const pending = client().call('getMe', undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });

  it('maps a refused connection to a NetworkError without the token', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const error = await createClient({
      token: TOKEN,
      apiRoot: `http://127.0.0.1:${port}`,
      fetch: createUndiciFetch(),
      retry: false,
    })
      .call('getMe')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', method: 'getMe' });
    expect(String((error as Error).message)).not.toContain(TOKEN);
  });

  it('sends through a ProxyAgent given as dispatcher', async () => {
    const dispatcher = new ProxyAgent(proxyUri);
    try {
      const result = await client(createUndiciFetch({ dispatcher })).call('sendMessage', {
        chat_id: '-100123*42',
        text: 'via proxy',
      });
      expect(result).toBe(true);
      expect(seen).toHaveLength(1);
      expect(JSON.parse(seen[0]?.body.toString() ?? '')).toMatchObject({ chat_id: -100123, message_thread_id: 42 });
      const host = new URL(apiRoot).host;
      // ProxyAgent tunnels by default, even to an http: root: the proxy sees host and port only.
      expect(proxied).toEqual([`CONNECT ${host}`]);
    } finally {
      await dispatcher.close();
    }
  });

  it('does not use the proxy without a dispatcher', async () => {
    await client().call('getMe');
    expect(seen).toHaveLength(1);
    expect(proxied).toEqual([]);
  });

  it('refuses a bad pool size before any request', () => {
    expect(() => createUndiciFetch({ connections: 0 })).toThrow(expect.objectContaining({ field: 'connections' }));
    expect(() => createUndiciFetch({ pipelining: 1.5 })).toThrow(expect.objectContaining({ field: 'pipelining' }));
  });
});
