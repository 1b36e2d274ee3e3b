import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { RawRequest } from './args.js';
import type { RawResponse } from './emulator.js';

type Serve = (request: RawRequest) => Promise<RawResponse>;

/**
 * Serves the emulator with `node:http` on 127.0.0.1, without building Web `Request` objects.
 * Loaded lazily by `emulator.listen()`, so the emulator itself has no `node:*` import.
 * @internal
 */
export async function startServer(handle: Serve, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void answer(handle, req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(handle: Serve, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  try {
    const request: RawRequest = {
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', 'http://127.0.0.1'),
      contentType: req.headers['content-type'] ?? '',
      body: async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        return chunks.length === 0 ? null : new Uint8Array(Buffer.concat(chunks));
      },
      signal: abort.signal,
    };
    const response = await handle(request);
    const body = typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
    res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
    res.end(body);
  } catch {
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"ok":false,"error_code":500,"description":"Internal Server Error"}');
    } else res.destroy();
  }
}
