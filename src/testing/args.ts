/** An uploaded file part of a multipart request. @internal */
export interface UploadedPart {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly type: string;
}

/**
 * The parameters of one request, read the way the Bot API server reads them: the query
 * string first, then the body; the first occurrence of a name wins; every value is text
 * (a JSON body keeps non-string values as their JSON), nested objects are JSON text.
 * @internal
 */
export class Args {
  private readonly text = new Map<string, string>();
  private readonly parsed = new Map<string, unknown>();
  private readonly files = new Map<string, UploadedPart>();

  /** Adds a text value unless the name is already set. */
  add(name: string, value: string): void {
    if (!this.text.has(name)) this.text.set(name, value);
  }

  /** Adds a non-string JSON value (kept parsed, and as JSON text). */
  addParsed(name: string, value: unknown): void {
    if (this.text.has(name)) return;
    this.text.set(name, JSON.stringify(value));
    this.parsed.set(name, value);
  }

  /** Adds an uploaded file part. */
  addFile(name: string, part: UploadedPart): void {
    if (!this.files.has(name)) this.files.set(name, part);
  }

  /** The value as text, `undefined` when absent. */
  str(name: string): string | undefined {
    return this.text.get(name);
  }

  /** Leniently parsed integer: absent ⇒ `undefined`; non-numeric ⇒ 0, as `td::to_integer` does. */
  int(name: string): number | undefined {
    const value = this.text.get(name);
    if (value === undefined) return undefined;
    const match = /^\s*([+-]?\d+)/.exec(value);
    return match ? Number(match[1]) : 0;
  }

  /** A decimal number (coordinates); non-numeric ⇒ 0. */
  float(name: string): number | undefined {
    const value = this.text.get(name);
    if (value === undefined) return undefined;
    const n = Number.parseFloat(value);
    return Number.isFinite(n) ? n : 0;
  }

  /** `true`, `yes` or `1` (any case, trimmed) ⇒ true; anything else ⇒ false. */
  bool(name: string): boolean {
    const value = this.text.get(name);
    return value !== undefined && /^\s*(true|yes|1)\s*$/i.test(value);
  }

  /**
   * A JSON-serialized parameter: `undefined` when absent, `{ error }` when it is not JSON.
   * A JSON body's nested value is returned as it came.
   */
  json(name: string): { value: unknown } | { error: true } | undefined {
    if (this.parsed.has(name)) return { value: this.parsed.get(name) };
    const text = this.text.get(name);
    if (text === undefined) return undefined;
    try {
      return { value: JSON.parse(text) };
    } catch {
      return { error: true };
    }
  }

  /** An uploaded file part by name (for `attach://name` or the parameter's own name). */
  file(name: string): UploadedPart | undefined {
    return this.files.get(name);
  }
}

/** The parts of an HTTP request the emulator reads (built from a `Request` or from `node:http`). @internal */
export interface RawRequest {
  method: string;
  url: URL;
  contentType: string;
  /** The body as text or bytes (`null` when there is none). */
  body(): Promise<string | Uint8Array | null>;
  signal: AbortSignal | undefined;
}

/**
 * Reads every encoding the Bot API accepts: query string (GET or POST), JSON,
 * `application/x-www-form-urlencoded` and `multipart/form-data`. A body that does not parse
 * is ignored, as the real server does (the method then reports what is missing).
 * @internal
 */
export async function readArgs(request: RawRequest): Promise<Args> {
  const args = new Args();
  for (const [key, value] of request.url.searchParams) args.add(key, value);
  if (request.method === 'GET' || request.method === 'HEAD') return args;
  const type = request.contentType.toLowerCase();
  try {
    const body = await request.body();
    if (body === null) return args;
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
        for (const [key, value] of Object.entries(parsed)) {
          if (typeof value === 'string') args.add(key, value);
          else if (value !== null && value !== undefined) args.addParsed(key, value);
        }
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
