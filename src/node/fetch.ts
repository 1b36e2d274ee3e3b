import http, { type Agent } from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { encodeForm, withDeadline } from '../client/transport.js';
import type { FetchLike, FetchLikeInit, FetchLikeResponse } from '../client/types.js';
import { ValidationError } from '../errors/errors.js';

/** Options of {@link createNodeFetch}. */
export interface NodeFetchOptions {
  /**
   * The `node:http` agent to send through: an `https.Agent` for an `https:` API root (e.g. one
   * with a CA of your own for a local Bot API server, or a proxy agent), an `http.Agent` for an
   * `http:` one. Default: Node's global agent of the URL's protocol, which keeps connections
   * alive (Node 19 and later), so that a global proxy agent, or `NODE_USE_ENV_PROXY` where
   * Node supports it, applies.
   */
  agent?: Agent | undefined;
}

// Decoders for answers a server compresses unasked, as fetch decodes them; we ask for none.
const DECODERS: Record<string, (body: Buffer, done: (error: Error | null, out: Buffer) => void) => void> = {
  gzip: zlib.gunzip,
  'x-gzip': zlib.gunzip,
  deflate: zlib.inflate,
  br: zlib.brotliDecompress,
};

/** The answer, read in full: one promise per call instead of one for the head and one for the body. */
const answer = (status: number, body: Buffer): FetchLikeResponse => ({
  status,
  text: () => {
    const text = body.toString();
    // fetch's text() drops a byte-order mark; so do we.
    return Promise.resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  },
  arrayBuffer: () =>
    Promise.resolve(
      body.byteOffset === 0 && body.byteLength === body.buffer.byteLength
        ? (body.buffer as ArrayBuffer)
        : (body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer),
    ),
});

/**
 * Builds a {@link FetchLike} on `node:http` / `node:https`: no dependency, connections kept
 * alive, several times cheaper per call than the global fetch on Node (figures in
 * docs/benchmarks.md). It is what `createClient` uses by default on Node; build one yourself to
 * pass an agent of your own.
 *
 * Like `undici.request`, it follows no redirects and asks for no compression (it still decodes
 * a gzip, deflate or brotli answer, as fetch would).
 *
 * @example
 * ```ts
 * import { Agent } from 'node:https';
 * import { createClient } from 'telegram-forum';
 * import { createNodeFetch } from 'telegram-forum/node';
 * const agent = new Agent({ keepAlive: true, maxSockets: 16 });
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc', fetch: createNodeFetch({ agent }) });
 * ```
 * @param options - an agent of your own
 * @returns a fetch for `createClient({ fetch })`
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchLike {
  const { agent } = options ?? {};
  if (agent !== undefined && !(agent instanceof http.Agent)) {
    throw new ValidationError('agent must be an http.Agent or https.Agent', { field: 'agent' });
  }
  const send = (
    url: string,
    init: FetchLikeInit,
    headers: Record<string, string> | undefined,
    body: string | Uint8Array | undefined,
  ) =>
    new Promise<FetchLikeResponse>((resolve, reject) => {
      const { signal } = init;
      if (signal.aborted) return reject(signal.reason);
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        request.destroy();
        reject(signal.aborted ? signal.reason : error);
      };
      const onAbort = () => fail(signal.reason);
      if (body !== undefined) headers = { ...headers, 'content-length': String(Buffer.byteLength(body)) };
      // The module objects, not their named exports: interceptors (msw, nock) patch these.
      const request = (url.startsWith('https:') ? https : http).request(url, { method: init.method, headers, agent });
      signal.addEventListener('abort', onAbort);
      request.on('error', fail);
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('end', () => {
          if (settled) return;
          settled = true;
          signal.removeEventListener('abort', onAbort);
          const raw = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
          const decode = DECODERS[String(response.headers['content-encoding']).toLowerCase()];
          const status = response.statusCode ?? 0;
          if (!decode) return resolve(answer(status, raw));
          decode(raw, (error, out) => (error ? reject(error) : resolve(answer(status, out))));
        });
        // The connection ended before the body did (a content-length not reached).
        response.on('close', () => {
          if (!response.complete) fail(new Error('the connection closed before the answer was complete'));
        });
      });
      request.end(body);
    });
  return withDeadline((url, init) => {
    if (typeof init.body !== 'object') return send(url, init, init.headers, init.body);
    return encodeForm(init.body).then(({ contentType, bytes }) =>
      send(url, init, { ...init.headers, 'content-type': contentType }, bytes),
    );
  });
}
