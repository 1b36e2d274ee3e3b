import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * Serves a `(Request) => Promise<Response>` handler with `node:http` on 127.0.0.1.
 * Loaded lazily by `emulator.listen()`, so the emulator itself has no `node:*` import.
 * @internal
 */
export async function startServer(
  handle: (request: Request) => Promise<Response>,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
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

async function answer(
  handle: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
      else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    }
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' || chunks.length === 0 ? null : Buffer.concat(chunks);
    const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
      method,
      headers,
      body,
      signal: abort.signal,
    });
    const response = await handle(request);
    const bytes = Buffer.from(await response.arrayBuffer());
    const out: Record<string, string> = { 'content-length': String(bytes.length) };
    response.headers.forEach((value, key) => {
      out[key] = value;
    });
    res.writeHead(response.status, out);
    res.end(bytes);
  } catch {
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"ok":false,"error_code":500,"description":"Internal Server Error"}');
    } else res.destroy();
  }
}
