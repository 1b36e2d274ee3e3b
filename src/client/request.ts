import { invalid } from '../errors/errors.js';
import { isUpload, toFormData } from './payload.js';
import type { FetchLikeInit } from './types.js';

/** The method and body of a request, without its signal. @internal */
export type RequestInit = Omit<FetchLikeInit, 'signal'>;

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * True when an object of the parameters holds a file (a Blob, a File, or an `inputFile()`), at
 * any depth. Refuses bytes and streams that are not wrapped, which JSON would silently turn
 * into `{}`. Only objects are walked into, so a path is built only for them.
 */
function hasUpload(method: string, value: object, path: string, depth: number): boolean {
  if (isUpload(value)) return true;
  if (
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    typeof (value as ReadableStream).getReader === 'function'
  ) {
    throw invalid(path, 'must be wrapped with inputFile(data, filename)', method);
  }
  let found = false;
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    // A keyboard never holds a file: skip the biggest object most sends carry.
    if (Object(child) === child && depth < 9 && (depth || key !== 'reply_markup')) {
      const inner = depth ? (Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`) : key;
      found = hasUpload(method, child as object, inner, depth + 1) || found;
    }
  }
  return found;
}

/**
 * Builds the request of a method call: a JSON body, or `multipart/form-data` when a parameter
 * holds a file (then asynchronously: a stream is read first). Throws a `ValidationError` for
 * bytes or a stream that are not wrapped with `inputFile`.
 * @internal
 */
export function buildRequest(method: string, params: Record<string, unknown>): RequestInit | Promise<RequestInit> {
  return hasUpload(method, params, '', 0)
    ? toFormData(params).then((body) => ({ method: 'POST', body }))
    : { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(params) };
}
