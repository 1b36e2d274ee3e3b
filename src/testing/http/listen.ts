import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { RawRequest } from '../args.js';
import type { RawResponse } from './serve.js';

type Serve = (request: RawRequest) => Promise<RawResponse>;

/** A running loopback server. @internal */
export interface LoopbackServer {
  url: string;
  /**
   * Stops accepting connections, ends the long polls it serves (they answer with what is
   * queued, an empty list), waits at most `graceMs` for the answers in progress to be written,
   * then closes every connection.
   */
  close(graceMs?: number): Promise<void>;
}

const INTERNAL_ERROR = '{"ok":false,"error_code":500,"description":"Internal Server Error"}';

/**
 * Serves the emulator with `node:http` on 127.0.0.1, without building Web `Request` objects.
 * Loaded lazily by `emulator.listen()`, so the emulator itself has no `node:*` import.
 * @internal
 */
export async function startServer(serve: Serve, port: number): Promise<LoopbackServer> {
  const answering = new Set<Promise<void>>();
  // Requests in progress whose handler asked for the abort signal (long polls): aborted on close, so they answer.
  const waiting = new Set<AbortController>();
  const server = createServer((req, res) => {
    const done = answer(serve, rawRequest(req, res, waiting), res);
    answering.add(done);
    void done.finally(() => answering.delete(done));
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
    async close(graceMs = 2000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const controller of waiting) controller.abort();
      if (answering.size > 0) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const grace = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        });
        const drained = (async () => {
          for (let i = 0; i < 100 && answering.size > 0; i++) await Promise.allSettled([...answering]);
        })();
        await Promise.race([drained, grace]);
        clearTimeout(timer);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

/** A request as the emulator reads it; the abort signal is built only when a handler asks for it. */
function rawRequest(req: IncomingMessage, res: ServerResponse, waiting: Set<AbortController>): RawRequest {
  const target = req.url ?? '/';
  const mark = target.indexOf('?');
  const contentType = req.headers['content-type'] ?? '';
  const multipart = contentType.toLowerCase().includes('multipart/');
  let controller: AbortController | undefined;
  return {
    method: req.method ?? 'GET',
    path: mark === -1 ? target : target.slice(0, mark),
    query: mark === -1 ? '' : target.slice(mark + 1),
    contentType,
    body: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('error', reject);
        req.on('end', () => {
          if (chunks.length === 0) return resolve(null);
          const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
          // Text for the text encodings (no copy through Uint8Array); bytes for uploads.
          resolve(multipart ? new Uint8Array(all.buffer, all.byteOffset, all.byteLength) : all.toString('utf8'));
        });
      }),
    get signal() {
      if (!controller) {
        const abort = new AbortController();
        controller = abort;
        waiting.add(abort);
        res.once('close', () => {
          waiting.delete(abort);
          if (!res.writableFinished) abort.abort();
        });
      }
      return controller.signal;
    },
  };
}

async function answer(serve: Serve, request: RawRequest, res: ServerResponse): Promise<void> {
  try {
    const response = await serve(request);
    const body = response.body;
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    const headers = { 'content-type': response.type, 'content-length': length, ...response.headers };
    if (res.destroyed) return;
    res.writeHead(response.status, headers);
    await new Promise<void>((resolve) => res.end(body, () => resolve()));
  } catch {
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'application/json', 'content-length': INTERNAL_ERROR.length });
      res.end(INTERNAL_ERROR);
    } else res.destroy();
  }
}
