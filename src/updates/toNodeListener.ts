import { WebhookError } from '../errors/errors.js';
import { reporter } from './boundary.js';

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
  /**
   * A body a framework's parser already read (express.json/text/raw, Fastify): an object, a
   * string or bytes. Used when the stream has been read; otherwise the stream is read.
   */
  body?: unknown;
  /** Whether the stream was read to its end already (by a body parser). */
  readonly readableEnded?: boolean | undefined;
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
   * Largest request body read from the socket (or taken from `req.body`), in bytes; a larger
   * one gets 413 and the connection is closed. Default 1,048,576 (1 MiB), like `webhookHandler`.
   */
  maxBodyBytes?: number | undefined;
  /**
   * Told about every request the listener itself could not handle, as a `WebhookError` whose
   * `cause` is the underlying error: the body was taken by a parser that left no `req.body`,
   * the connection broke, the handler threw, the answer could not be written. Default:
   * `console.error` (the error only: no URL, header or body). Whatever it throws is ignored.
   */
  onError?: ((error: unknown) => void) | undefined;
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
    const onError = (error?: unknown) => done(undefined, error ?? new Error('the connection closed'));
    const events = [
      ['data', onData],
      ['end', onEnd],
      ['error', onError],
      ['close', onError],
    ] as const;
    for (const [event, listener] of events) req.on(event, listener);
  });

/** A body a framework parsed, as bytes: a string or bytes as they are, anything else as JSON. */
const parsedBody = (body: unknown): Uint8Array<ArrayBuffer> => {
  if (body instanceof Uint8Array) return new Uint8Array(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0));
  return new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body));
};

/** Headers that describe the bytes on the wire, wrong for a body rebuilt from `req.body`. */
const WIRE = new Set(['content-length', 'transfer-encoding', 'content-encoding']);

/**
 * Adapts a web-standard handler (such as `webhookHandler(…)`) to a `node:http` listener, also
 * behind a framework's body parser.
 *
 * When a parser (express.json, express.text, express.raw, Fastify's) already read the body, the
 * listener takes it from `req.body` (an object is serialised as JSON again); otherwise it reads
 * the stream with a byte limit as it streams in (a missing or false Content-Length cannot get
 * past it). It then hands a `Request` to the handler. The listener never rejects; what it cannot
 * handle is answered 500 (413 past the limit) and reported to `onError`, or logged.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { toNodeListener, webhookHandler } from 'telegram-forum';
 * const handler = webhookHandler({ secretToken: 'change-me', onUpdate: (u) => console.log(u.update_id) });
 * createServer(toNodeListener(handler)).listen(8443);
 * ```
 * @param handler - `(request: Request) => Promise<Response>`
 * @param options - `maxBodyBytes`, `onError`
 * @returns a listener for `http.createServer` (or `https`, or express's `app.post(path, …)`)
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (req: NodeRequest, res: NodeResponse) => Promise<void> {
  const max = options.maxBodyBytes ?? 1_048_576;
  const report = reporter(options.onError, 'toNodeListener');
  const failed = (res: NodeResponse, status: number, message: string, cause?: unknown) => {
    report(new WebhookError(`toNodeListener answered ${status}: ${message}`, status, { cause }));
    if (!res.writableEnded) reply(res, status);
  };

  return async (req, res) => {
    const method = req.method ?? 'GET';
    let body: Uint8Array<ArrayBuffer> | undefined;
    // A stream that has ended was read by a parser: its body, if any, is on req.body.
    const parsed = req.body !== undefined && req.readableEnded !== false;
    if (method !== 'GET' && method !== 'HEAD') {
      try {
        if (parsed) body = parsedBody(req.body);
        else if (req.readableEnded === true) {
          return failed(res, 500, 'the body was read by a body parser that left no req.body');
        } else {
          if (Number(req.headers['content-length']) > max) return failed(res, 413, `the body is over ${max} bytes`);
          body = await readLimited(req, max);
        }
      } catch (error) {
        return failed(res, 500, 'the request body could not be read', error);
      }
      if (!body || body.length > max) return failed(res, 413, `the body is over ${max} bytes`);
    }
    let response: Response;
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !(parsed && WIRE.has(name))) {
          headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
      }
      let url: URL;
      try {
        url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      } catch {
        url = new URL('http://localhost/');
      }
      response = await handler(new Request(url, { method, headers, ...(body && { body }) }));
    } catch (error) {
      return failed(res, 500, 'the handler threw', error);
    }
    try {
      const out = new Uint8Array(await response.arrayBuffer());
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        res.setHeader(name, value);
      });
      res.end(out);
    } catch (error) {
      failed(res, 500, 'the answer could not be written', error);
    }
  };
}
