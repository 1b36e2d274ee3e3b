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

// The transport contract (JSON, errors, uploads, downloads, timeouts, aborts) is checked for
// every transport in test/transports.test.ts; here, what only undici has.
describe('createUndiciFetch', () => {
  it('brings the light timeout controller', () => {
    const controller = createUndiciFetch().timeoutController?.();
    expect(controller?.signal.aborted).toBe(false);
    controller?.abort();
    expect(controller?.signal.aborted).toBe(true);
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
