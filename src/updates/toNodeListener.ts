/**
 * The part of `node:http`'s `IncomingMessage` the listener uses. Declared here so that the
 * package's types do not depend on `@types/node` (express's `req` fits too).
 */
export interface NodeRequest {
  /** The HTTP method. */
  method?: string | undefined;
  /** The path and query. */
  url?: string | undefined;
  /** Lower-cased request headers. */
  headers: Record<string, string | string[] | undefined>;
  /** Adds an event listener (`data`, `end`, `error`, `close`). */
  // biome-ignore lint/suspicious/noExplicitAny: node's own listener type, so IncomingMessage fits
  on(event: string, listener: (...args: any[]) => void): unknown;
  /** Removes an event listener. */
  // biome-ignore lint/suspicious/noExplicitAny: as above
  off(event: string, listener: (...args: any[]) => void): unknown;
  /** Stops reading the body. */
  pause(): unknown;
}

/** The part of `node:http`'s `ServerResponse` the listener uses. */
export interface NodeResponse {
  /** Whether the status line and headers were written. */
  readonly headersSent: boolean;
  /** Whether `end()` was called. */
  readonly writableEnded: boolean;
  /** The status to answer with. */
  statusCode: number;
  /** Sets one response header. */
  setHeader(name: string, value: string): unknown;
  /** Ends the response, with an optional body. */
  end(body?: Uint8Array): unknown;
}

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * Largest request body read from the socket, in bytes; a larger one gets 413 and the
   * connection is closed. Default 1,048,576 (1 MiB), like `webhookHandler`.
   */
  maxBodyBytes?: number | undefined;
}

const reply = (res: NodeResponse, status: number): void => {
  // Connection: close makes node drop the connection after the answer instead of reading on.
  if (!res.headersSent) {
    res.statusCode = status;
    res.setHeader('connection', 'close');
    res.setHeader('content-length', '0');
  }
  res.end();
};

/** Reads the body as it streams in; `undefined` (and the stream paused) once it passes `max` bytes. */
const readLimited = (req: NodeRequest, max: number) =>
  new Promise<Uint8Array<ArrayBuffer> | undefined>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const done = (result?: Uint8Array<ArrayBuffer>, error?: unknown) => {
      for (const [event, listener] of events) req.off(event, listener);
      if (error) reject(error);
      else resolve(result);
    };
    const onData = (chunk: Uint8Array) => {
      length += chunk.length;
      chunks.push(chunk);
      if (length > max) {
        req.pause();
        done();
      }
    };
    const onEnd = () => {
      const body = new Uint8Array(length);
      let at = 0;
      for (const chunk of chunks) {
        body.set(chunk, at);
        at += chunk.length;
      }
      done(body);
    };
    const onError = (error?: unknown) => done(undefined, error ?? new Error('request closed'));
    const events = [
      ['data', onData],
      ['end', onEnd],
      ['error', onError],
      ['close', onError],
    ] as const;
    for (const [event, listener] of events) req.on(event, listener);
  });

/**
 * Adapts a web-standard handler (such as `webhookHandler(…)`) to a `node:http` listener.
 *
 * The body is read with a byte limit as it streams in (a missing or false Content-Length
 * cannot get past it), then handed over as a `Request`. The listener never rejects.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { toNodeListener, webhookHandler } from 'telegram-forum';
 * const handler = webhookHandler({ secretToken: 'change-me', onUpdate: (u) => console.log(u.update_id) });
 * createServer(toNodeListener(handler)).listen(8443);
 * ```
 * @param handler - `(request: Request) => Promise<Response>`
 * @param options - `maxBodyBytes`
 * @returns a listener for `http.createServer` (or `https`, or express's `app.post(path, …)`)
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (req: NodeRequest, res: NodeResponse) => Promise<void> {
  const max = options.maxBodyBytes ?? 1_048_576;
  return async (req, res) => {
    try {
      const method = req.method ?? 'GET';
      let body: Uint8Array<ArrayBuffer> | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        if (Number(req.headers['content-length']) > max) return reply(res, 413);
        body = await readLimited(req, max);
        if (!body) return reply(res, 413);
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      let url: URL;
      try {
        url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      } catch {
        url = new URL('http://localhost/');
      }
      const response = await handler(new Request(url, { method, headers, ...(body && { body }) }));
      const out = new Uint8Array(await response.arrayBuffer());
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        res.setHeader(name, value);
      });
      res.end(out);
    } catch {
      if (!res.writableEnded) reply(res, 500);
    }
  };
}
