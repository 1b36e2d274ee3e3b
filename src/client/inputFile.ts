import { ValidationError } from '../errors/errors.js';

const FILE = Symbol.for('telegram-forum.inputFile');

/** The bytes of a file to upload. */
export type InputFileData = Blob | Uint8Array | ReadableStream<Uint8Array>;

/**
 * A file to upload, with the name Telegram shows for it.
 *
 * Build one with {@link inputFile}; a `File` (which has a name) can be passed as it is.
 * A parameter that holds one is sent as `multipart/form-data`; inside nested objects
 * (`InputMedia*`) it goes as an `attach://` part.
 */
export interface InputFile {
  /** The bytes. A stream is read once, when the request is built. */
  readonly data: InputFileData;
  /** The file name sent with the part, e.g. `report.pdf`. */
  readonly filename: string;
  /** The part's content type; guessed from the file name when omitted. */
  readonly contentType?: string | undefined;
}

/**
 * Wraps bytes and a file name as an {@link InputFile} to upload.
 *
 * @example
 * ```ts
 * import { inputFile } from 'telegram-forum';
 * const file = inputFile(new TextEncoder().encode('hello'), 'hello.txt');
 * ```
 * @param data - a Blob, File, Uint8Array or ReadableStream
 * @param filename - the name Telegram shows; must not be empty
 * @param options - `contentType` of the part, if the name does not tell it
 * @returns the file, ready to pass as a parameter
 */
export function inputFile(data: InputFileData, filename: string, options: { contentType?: string } = {}): InputFile {
  if (!(isBytes(data) || data instanceof Blob || isStream(data))) {
    throw new ValidationError('file data must be a Blob, File, Uint8Array or ReadableStream', { field: 'data' });
  }
  if (typeof filename !== 'string' || filename === '') {
    throw new ValidationError('a file to upload needs a non-empty file name', { field: 'filename' });
  }
  return { [FILE]: true, data, filename, contentType: options.contentType } as InputFile;
}

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;
const isStream = (v: unknown): v is ReadableStream<Uint8Array> =>
  typeof v === 'object' && v !== null && typeof (v as ReadableStream).getReader === 'function';

/**
 * True when `value` is something to upload: an {@link InputFile}, a `File`, or a nameless
 * Blob, Uint8Array or stream (which the payload builder rejects for lacking a name).
 * @internal
 */
export function isUpload(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    ((value as Record<symbol, unknown>)[FILE] === true || value instanceof Blob || isBytes(value) || isStream(value))
  );
}

/** Normalises an upload to `{ data, filename, contentType? }`, or throws for a nameless one. @internal */
export function toInputFile(value: unknown, method: string, field: string): InputFile {
  if ((value as Record<symbol, unknown>)[FILE] === true) return value as InputFile;
  const name = (value as { name?: unknown }).name;
  if (typeof name === 'string' && name !== '' && value instanceof Blob) return { data: value, filename: name };
  throw new ValidationError('a file to upload needs a name: wrap it with inputFile(data, filename)', { method, field });
}
