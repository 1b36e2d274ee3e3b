import type { Method, Params } from '../types/methods.js';
import { fail, serverFailure } from './failures.js';
import { readJsonBody } from './server/body.js';
import { idArg, toBool, toInt32, toInteger } from './server/integers.js';
import type { JsonNode } from './server/json.js';
import { toDouble } from './server/jsonFields.js';
import { type JsonParameterName, readJsonParameter } from './server/params.js';

/** An uploaded file part of a multipart request. @internal */
export interface UploadedPart {
  readonly bytes: Uint8Array;
  /** The file name the client gave (not yet cleaned). */
  readonly name: string;
  /** The part's own `Content-Type`; the Bot API ignores it (the MIME type comes from the name). */
  readonly type: string;
}

/**
 * Parameters the Bot API server still reads although the current Bot API types no longer list
 * them (the older spelling of a reply, of link previews and of thumbnails). A handler may read
 * them for any method.
 * @internal
 */
export type LegacyParam = 'reply_to_message_id' | 'allow_sending_without_reply' | 'disable_web_page_preview';

/**
 * Parameters the Bot API server still reads for one method although the current Bot API types
 * no longer list them: `can_manage_voice_chats` (promoteChatMember), the flat permission flags
 * (restrictChatMember: Client.cpp `get_chat_permissions`), `switch_pm_text`/`switch_pm_parameter`
 * (answerInlineQuery).
 * @internal
 */
export interface MethodLegacyParams {
  promoteChatMember: 'can_manage_voice_chats';
  restrictChatMember: LegacyPermission;
  answerInlineQuery: 'switch_pm_text' | 'switch_pm_parameter';
}

/** The flat permission flags restrictChatMember still reads without `permissions`. @internal */
export type LegacyPermission =
  | 'can_send_messages'
  | 'can_send_media_messages'
  | 'can_send_other_messages'
  | 'can_add_web_page_previews';

/** The parameter names a handler of method `M` may read: the Bot API's, and the legacy ones. @internal */
export type ParamName<M extends Method> =
  | (keyof Params<M> & string)
  | LegacyParam
  | (M extends keyof MethodLegacyParams ? MethodLegacyParams[M] : never);

/**
 * Reads a request's parameters by name, the way the Bot API server reads them: every value is
 * text (a JSON body keeps numbers, `true`, `null`, objects and arrays as their JSON text), the
 * first occurrence of a name wins. `N` is the set of names the reader may be asked for: a handler
 * gets `Reader<ParamName<M>>`, so reading a parameter its method does not have is a compile
 * error, and a shared helper asks for exactly the names it reads (`Reader<'chat_id'>`), so any
 * method that has them can pass its reader. The members are declared as properties (not
 * methods) on purpose: that makes `N` contravariant, so a reader without a name a helper needs
 * is refused.
 * @internal
 */
export interface Reader<N extends string> {
  /** The value as text; `undefined` when absent. */
  readonly str: (name: N) => string | undefined;
  /** Whether the parameter is present, even empty (`Query::has_arg`). */
  readonly has: (name: N) => boolean;
  /** The value as text; absent or empty ⇒ `Bad Request: parameter "<name>" is required` (Client.cpp `get_required_string_arg`). */
  readonly required: (name: N) => string;
  /**
   * A lenient 64-bit integer (ids): absent or empty ⇒ `undefined`; otherwise `td::to_integer<int64>`:
   * an optional `-` and the digits up to the first other character (`"12x"` ⇒ 12, `" 5"` and `"abc"` ⇒ 0).
   */
  readonly int: (name: N) => number | undefined;
  /** `td::to_integer<int32>` as `Client::get_integer_arg` reads it: absent or empty ⇒ `undefined`. */
  readonly int32: (name: N) => number | undefined;
  /** A message or topic id (`Client::get_message_id`, `get_forum_topic_id`): absent, empty or negative ⇒ 0. */
  readonly id: (name: N) => number;
  /** A decimal number (`td::to_double` of the trimmed text); absent ⇒ `undefined`; not a number ⇒ 0. */
  readonly float: (name: N) => number | undefined;
  /** `Client::to_bool`: `true`, `yes` or `1` (any case, trimmed) ⇒ true; anything else, or absent ⇒ false. */
  readonly bool: (name: N) => boolean;
  /** A JSON parameter as `JSON.parse` reads it: `undefined` when absent, `{ error: true }` when it is not JSON. */
  readonly json: (name: N) => { value: unknown } | { error: true } | undefined;
  /**
   * A JSON parameter with the server's own rule and texts (server/params.ts `JSON_PARAMETERS`):
   * `undefined` when absent (or silently ignored), else its decoded value; a value that is not
   * JSON or not of the right JSON type (`null` included) throws the server's failure.
   */
  readonly jsonParam: (name: N & JsonParameterName) => JsonNode | undefined;
  /** An uploaded file part, by the parameter's own name or an `attach://` name. */
  readonly file: (name: string) => UploadedPart | undefined;
}

/**
 * The parameters of one request, read the way the Bot API server reads them: the query
 * string first, then the body; the first occurrence of a name wins; every value is text.
 * It is the {@link Reader} every handler gets (typed to its method's names).
 * @internal
 */
export class Args implements Reader<string> {
  private values: Map<string, string> | undefined;
  private files: Map<string, UploadedPart> | undefined;

  /** Adds a value unless the name is already set. */
  add(name: string, value: string): void {
    this.values ??= new Map();
    if (!this.values.has(name)) this.values.set(name, value);
  }

  /** Adds an uploaded file part. */
  addFile(name: string, part: UploadedPart): void {
    this.files ??= new Map();
    if (!this.files.has(name)) this.files.set(name, part);
  }

  str(name: string): string | undefined {
    return this.values?.get(name);
  }

  has(name: string): boolean {
    return this.values?.has(name) ?? false;
  }

  required(name: string): string {
    const value = this.str(name);
    if (value === undefined || value === '') throw fail('parameterRequired', name);
    return value;
  }

  int(name: string): number | undefined {
    const value = this.str(name);
    return value === undefined || value === '' ? undefined : Number(toInteger(value, 64));
  }

  int32(name: string): number | undefined {
    const value = this.str(name);
    return value === undefined || value === '' ? undefined : toInt32(value);
  }

  id(name: string): number {
    return idArg(this.str(name));
  }

  float(name: string): number | undefined {
    const value = this.str(name);
    return value === undefined ? undefined : toDouble(value.trim());
  }

  bool(name: string): boolean {
    return toBool(this.str(name));
  }

  json(name: string): { value: unknown } | { error: true } | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    try {
      return { value: JSON.parse(value) };
    } catch {
      return { error: true };
    }
  }

  jsonParam(name: JsonParameterName): JsonNode | undefined {
    const read = readJsonParameter(name, this.str(name));
    if (!read.ok) throw serverFailure(read.error);
    return read.value;
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
 * Reads a request's parameters as the server's HTTP reader does (tdnet/td/net/HttpReader.cpp):
 * the query string (any HTTP method), then the body by its content type, matched in lower case
 * as a substring: `multipart/form-data`, then `application/x-www-form-urlencoded`, then
 * `application/json` (read by `readJsonBody`: a syntax error keeps the parameters read before
 * it). Any other type, and the body of a GET or HEAD, carries no parameters.
 * @internal
 */
export function readArgs(request: RawRequest, body: RawBody): Args {
  const args = new Args();
  if (request.query !== '') for (const [key, value] of new URLSearchParams(request.query)) args.add(key, value);
  if (body === null || request.method === 'GET' || request.method === 'HEAD') return args;
  readBody(args, request.contentType, body);
  return args;
}

/** Adds the parameters of a body read by its content type (see {@link readArgs}). @internal */
export function readBody(args: Args, contentType: string, body: string | Uint8Array): void {
  const type = contentType.toLowerCase();
  if (type.includes('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const bytes = typeof body === 'string' ? encoder.encode(body) : body;
    if (boundary) readMultipart(args, bytes, boundary[1] ?? boundary[2]!);
    return;
  }
  const text = typeof body === 'string' ? body : decoder.decode(body);
  if (type.includes('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(text)) args.add(key, value);
  } else if (type.includes('application/json')) {
    for (const [key, value] of readJsonBody(text)) args.add(key, value);
  }
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
