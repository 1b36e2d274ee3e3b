import type { Method, Params } from '../types/methods.js';
import { fail } from './failures.js';

/** An uploaded file part of a multipart request. @internal */
export interface UploadedPart {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly type: string;
}

/**
 * Parameters the Bot API server still reads although the current Bot API types no longer list
 * them (the older spelling of a reply). A handler may read them for any method.
 * @internal
 */
export type LegacyParam = 'reply_to_message_id' | 'allow_sending_without_reply';

/** The parameter names a handler of method `M` may read: the Bot API's, and the legacy ones. @internal */
export type ParamName<M extends Method> = (keyof Params<M> & string) | LegacyParam;

/**
 * Reads a request's parameters by name, the way the Bot API server reads them. `N` is the set of
 * names the reader may be asked for: a handler gets `Reader<ParamName<M>>`, so reading a
 * parameter its method does not have is a compile error, and a shared helper asks for exactly
 * the names it reads (`Reader<'chat_id'>`), so any method that has them can pass its reader.
 * The members are declared as properties (not methods) on purpose: that makes `N`
 * contravariant, so a reader without a name a helper needs is refused.
 * @internal
 */
export interface Reader<N extends string> {
  /** The value as text; `undefined` when absent. */
  readonly str: (name: N) => string | undefined;
  /** The value as text; absent or empty ⇒ `Bad Request: parameter "<name>" is required` (Client.cpp `get_required_string_arg`). */
  readonly required: (name: N) => string;
  /** A lenient integer: absent ⇒ `undefined`; text that does not start with digits ⇒ 0 (`td::to_integer`). */
  readonly int: (name: N) => number | undefined;
  /** A decimal number; absent ⇒ `undefined`; not a number ⇒ 0. */
  readonly float: (name: N) => number | undefined;
  /** `true`, `yes` or `1` (any case, trimmed) ⇒ true; anything else, or absent ⇒ false. */
  readonly bool: (name: N) => boolean;
  /** A JSON-serialized parameter: `undefined` when absent, `{ error: true }` when it is not JSON. */
  readonly json: (name: N) => { value: unknown } | { error: true } | undefined;
  /** An uploaded file part, by the parameter's own name or an `attach://` name. */
  readonly file: (name: string) => UploadedPart | undefined;
}

/**
 * The parameters of one request, read the way the Bot API server reads them: the query
 * string first, then the body; the first occurrence of a name wins; every value is text
 * (a JSON body keeps non-string values as their JSON), nested objects are JSON text.
 * It is the {@link Reader} every handler gets (typed to its method's names).
 * @internal
 */
export class Args implements Reader<string> {
  /** Text values (query string, forms, multipart fields), by name; the first one wins. */
  private values: Map<string, string> | undefined;
  /** A JSON body, kept as parsed (read after `values`). */
  private body: Record<string, unknown> | undefined;
  private files: Map<string, UploadedPart> | undefined;

  /** Adds a text value unless the name is already set. */
  add(name: string, value: string): void {
    this.values ??= new Map();
    if (!this.values.has(name)) this.values.set(name, value);
  }

  /**
   * Takes a JSON object body (or a webhook answer's method call): its fields are read after
   * the text values; `null` counts as absent, other non-strings are read as their JSON text.
   */
  addObject(object: Record<string, unknown>, skip?: string): void {
    if (this.body === undefined && skip === undefined) {
      this.body = object;
      return;
    }
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (key !== skip && typeof value === 'string') this.add(key, value);
      else if (key !== skip && value !== null && value !== undefined) {
        this.body ??= {};
        if (!Object.hasOwn(this.body, key)) this.body[key] = value;
      }
    }
  }

  /** Adds an uploaded file part. */
  addFile(name: string, part: UploadedPart): void {
    this.files ??= new Map();
    if (!this.files.has(name)) this.files.set(name, part);
  }

  /** The raw value: text, a parsed JSON value, or `undefined`. */
  private get(name: string): unknown {
    const text = this.values?.get(name);
    if (text !== undefined) return text;
    const body = this.body;
    if (body === undefined || !Object.hasOwn(body, name)) return undefined;
    const value = body[name];
    return value === null ? undefined : value;
  }

  str(name: string): string | undefined {
    const value = this.get(name);
    return value === undefined || typeof value === 'string' ? value : JSON.stringify(value);
  }

  required(name: string): string {
    const value = this.str(name);
    if (value === undefined || value === '') throw fail('parameterRequired', name);
    return value;
  }

  int(name: string): number | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    const match = /^\s*([+-]?\d+)/.exec(typeof value === 'string' ? value : JSON.stringify(value));
    return match ? Number(match[1]) : 0;
  }

  float(name: string): number | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    const n = typeof value === 'number' ? value : Number.parseFloat(typeof value === 'string' ? value : '');
    return Number.isFinite(n) ? n : 0;
  }

  bool(name: string): boolean {
    const value = this.get(name);
    if (typeof value === 'boolean') return value;
    if (value === undefined) return false;
    return /^\s*(true|yes|1)\s*$/i.test(typeof value === 'string' ? value : JSON.stringify(value));
  }

  json(name: string): { value: unknown } | { error: true } | undefined {
    const value = this.get(name);
    if (value === undefined || typeof value !== 'string') return value === undefined ? undefined : { value };
    try {
      return { value: JSON.parse(value) };
    } catch {
      return { error: true };
    }
  }

  file(name: string): UploadedPart | undefined {
    return this.files?.get(name);
  }
}

/** The parts of an HTTP request the emulator reads (built from a `Request` or from `node:http`). @internal */
export interface RawRequest {
  /** `GET`, `POST`, … */
  readonly method: string;
  /** The path, percent-encoded as received, without the query. */
  readonly path: string;
  /** The query string without `?`; empty when there is none. */
  readonly query: string;
  /** The `content-type` header; empty when there is none. */
  readonly contentType: string;
  /** Aborts when the client goes away (read it only when needed: it may be built on first use). */
  readonly signal: AbortSignal | undefined;
}

/** A request body as text (the text encodings) or bytes (uploads); `null` when there is none. @internal */
export type RawBody = string | Uint8Array | null;

/**
 * Reads every encoding the Bot API accepts: query string (GET or POST), JSON,
 * `application/x-www-form-urlencoded` and `multipart/form-data`. A body that does not parse
 * is ignored, as the real server does (the method then reports what is missing); the body of
 * a GET or HEAD is not read.
 * @internal
 */
export function readArgs(request: RawRequest, body: RawBody): Args {
  const args = new Args();
  if (request.query !== '') for (const [key, value] of new URLSearchParams(request.query)) args.add(key, value);
  if (body === null || request.method === 'GET' || request.method === 'HEAD') return args;
  const type = request.contentType.toLowerCase();
  try {
    if (type.includes('multipart/form-data')) {
      const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(request.contentType);
      const bytes = typeof body === 'string' ? encoder.encode(body) : body;
      if (boundary) readMultipart(args, bytes, boundary[1] ?? boundary[2]!);
    } else if (type.includes('application/x-www-form-urlencoded')) {
      const text = typeof body === 'string' ? body : decoder.decode(body);
      for (const [key, value] of new URLSearchParams(text)) args.add(key, value);
    } else if (type.includes('json')) {
      const parsed: unknown = JSON.parse(typeof body === 'string' ? body : decoder.decode(body));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        args.addObject(parsed as Record<string, unknown>);
      }
    }
  } catch {
    // A malformed body is not rejected by itself: the method reports the missing parameter.
  }
  return args;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(first!, from); i !== -1 && i <= last; i = haystack.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * A tolerant `multipart/form-data` reader, as lenient as the Bot API server's: header names
 * in any case, no space needed after `:`, quoted or bare `name` and `filename`. Web
 * `Request.formData()` refuses what some clients (grammY, node-fetch) send.
 * @internal
 */
export function readMultipart(args: Args, body: Uint8Array, boundary: string): void {
  const delimiter = encoder.encode(`--${boundary}`);
  let start = indexOf(body, delimiter, 0);
  for (let guard = 0; start !== -1 && guard < 1000; guard++) {
    let partStart = start + delimiter.length;
    if (body[partStart] === 45 && body[partStart + 1] === 45) return; // "--": the end
    if (body[partStart] === 13) partStart++;
    if (body[partStart] === 10) partStart++;
    const next = indexOf(body, delimiter, partStart);
    if (next === -1) return;
    let partEnd = next;
    if (body[partEnd - 1] === 10) partEnd--;
    if (body[partEnd - 1] === 13) partEnd--;
    const part = body.subarray(partStart, partEnd);
    const split = indexOf(part, encoder.encode('\r\n\r\n'), 0);
    const headerEnd = split === -1 ? indexOf(part, encoder.encode('\n\n'), 0) : split;
    if (headerEnd !== -1) {
      const headers = decoder.decode(part.subarray(0, headerEnd));
      const content = part.subarray(headerEnd + (split === -1 ? 2 : 4));
      const disposition = /content-disposition\s*:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
      const name = param(disposition, 'name');
      const filename = param(disposition, 'filename');
      const type = /content-type\s*:\s*([^\r\n;]*)/i.exec(headers)?.[1]?.trim();
      if (name !== undefined) {
        if (filename !== undefined) {
          args.addFile(name, {
            bytes: content.slice(),
            name: filename || name,
            type: type || 'application/octet-stream',
          });
        } else args.add(name, decoder.decode(content));
      }
    }
    start = next;
  }
}

function param(header: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${key}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(header);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!.trim();
}
