import type { RawBody, RawRequest } from '../args.js';
import type { RawResponse } from './serve.js';

const URL_PARTS = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)(?:\?([^#]*))?/i;

/** The content type among fetch `init.headers` given as a plain object or pairs (any case). */
function contentTypeOf(headers: HeadersInit | undefined): string | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return headers.get('content-type') ?? undefined;
  const pairs = Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [name, value] of pairs) if (name?.toLowerCase() === 'content-type') return value;
  return undefined;
}

/**
 * Reads fetch arguments into the emulator's light request. The common case (a URL string and
 * a string body or none) needs neither a `Request` nor a `Headers` object.
 * @internal
 */
export function fromFetch(
  input: Request | string | URL,
  init: RequestInit | undefined,
): { request: RawRequest; body: () => Promise<RawBody> } {
  const body = init?.body;
  if (!(input instanceof Request) && (body === undefined || body === null || typeof body === 'string')) {
    const url = String(input);
    const parts = URL_PARTS.exec(url) ?? URL_PARTS.exec(new URL(url).href)!;
    const text = body ?? null;
    const request: RawRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: parts[1] || '/',
      query: parts[2] ?? '',
      contentType: contentTypeOf(init?.headers) ?? (text === null ? '' : 'text/plain;charset=UTF-8'),
      signal: init?.signal ?? undefined,
    };
    return { request, body: async () => text };
  }
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const url = new URL(request.url);
  return {
    request: {
      method: request.method,
      path: url.pathname,
      query: url.search.slice(1),
      contentType: request.headers.get('content-type') ?? '',
      signal: request.signal,
    },
    body: async () => (request.body === null ? null : new Uint8Array(await request.arrayBuffer())),
  };
}

/** The `Response` of a light answer. @internal */
export function toResponse(answer: RawResponse): Response {
  const headers: Record<string, string> = { 'content-type': answer.type, ...answer.headers };
  return new Response(answer.body as BodyInit, { status: answer.status, headers });
}
