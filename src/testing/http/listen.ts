import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { RawBody, RawRequest } from '../args.js';
import type { RawResponse, Serve } from './serve.js';

/** A running loopback server. @internal */
export interface LoopbackServer {
  url: string;
  /**
   * Stops accepting connections, ends the long polls it serves (they answer with what is
   * queued, an empty list), waits at most `graceMs` for the answers in progress to be
   * written, then closes every connection.
   */
  close(graceMs?: number): Promise<void>;
}

const INTERNAL_ERROR: RawResponse = {
  status: 500,
  type: 'application/json',
  body: '{"ok":false,"error_code":500,"description":"Internal Server Error"}',
};

/** The body as text for the text encodings (no copy through Uint8Array), as bytes for uploads. */
function bodyOf(chunks: Buffer[], contentType: string): RawBody {
  if (chunks.length === 0) return null;
  const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  return contentType.toLowerCase().includes('multipart/')
    ? new Uint8Array(all.buffer, all.byteOffset, all.byteLength)
    : all.toString('utf8');
}

/** What the server keeps of the requests in progress. */
interface Tracker {
  /** Requests whose answer is not written yet. */
  pending: number;
  /** Called when `pending` drops to 0. */
  drained: (() => void) | undefined;
  /** Requests whose handler asked for the abort signal (long polls): aborted on close, so they answer. */
  waiting: Set<AbortController>;
}

/**
 * The `content-type` from the raw header list: reading `req.headers` would make Node build the
 * whole headers object, a cost a bare server does not pay.
 */
function contentTypeOf(raw: string[]): string {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 12 && name.toLowerCase() === 'content-type') return raw[i + 1]!;
  }
  return '';
}

/** A `node:http` request as the emulator reads it; the abort signal is built only when a handler asks. */
class NodeRequest implements RawRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly contentType: string;
  private controller: AbortController | undefined;

  constructor(
    req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly tracker: Tracker,
  ) {
    const target = req.url ?? '/';
    const mark = target.indexOf('?');
    this.method = req.method ?? 'GET';
    this.path = mark === -1 ? target : target.slice(0, mark);
    this.query = mark === -1 ? '' : target.slice(mark + 1);
    this.contentType = contentTypeOf(req.rawHeaders);
  }

  get signal(): AbortSignal {
    if (!this.controller) {
      const controller = new AbortController();
      const { res, tracker } = this;
      this.controller = controller;
      tracker.waiting.add(controller);
      res.once('close', () => {
        tracker.waiting.delete(controller);
        if (!res.writableFinished) controller.abort();
      });
    }
    return this.controller.signal;
  }
}

function write(res: ServerResponse, response: RawResponse): void {
  if (res.destroyed || res.headersSent) return;
  const body = response.body;
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  const headers = response.headers
    ? { 'content-type': response.type, 'content-length': length, ...response.headers }
    : { 'content-type': response.type, 'content-length': length };
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Serves the emulator with `node:http` on 127.0.0.1, without building Web `Request` objects.
 * Loaded lazily by `emulator.listen()`, so the emulator itself has no `node:*` import.
 * @internal
 */
export async function startServer(answer: Serve['answer'], port: number): Promise<LoopbackServer> {
  const tracker: Tracker = { pending: 0, drained: undefined, waiting: new Set() };
  const server = createServer((req, res) => {
    tracker.pending++;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      if (--tracker.pending === 0) tracker.drained?.();
    };
    const request = new NodeRequest(req, res, tracker);
    // Callbacks, not promises: a method that does not wait is answered in the same tick the body ends.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', settle);
    req.on('end', () => {
      let response: RawResponse | Promise<RawResponse>;
      try {
        response = answer(request, bodyOf(chunks, request.contentType));
      } catch {
        response = INTERNAL_ERROR;
      }
      if (!(response instanceof Promise)) {
        write(res, response);
        settle();
        return;
      }
      response
        .then(
          (ready) => write(res, ready),
          () => write(res, INTERNAL_ERROR),
        )
        .finally(settle);
    });
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
      for (const controller of tracker.waiting) controller.abort();
      if (tracker.pending > 0) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        await new Promise<void>((resolve) => {
          tracker.drained = resolve;
          timer = setTimeout(resolve, graceMs);
        });
        clearTimeout(timer);
        // The answers are written; let the sockets flush them before they are closed.
        await new Promise((resolve) => setImmediate(resolve));
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
