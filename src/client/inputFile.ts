import { ValidationError } from '../errors/errors.js';
import { toFormData } from './payload.js';

/**
 * Marks an upload. Its value is the multipart encoder, so the encoder is bundled only into
 * apps that upload files (the client finds it on the file).
 * @internal
 */
export const FILE = Symbol.for('telegram-forum.inputFile');

/** The bytes of a file to upload. */
export type InputFileData = Blob | Uint8Array | ReadableStream<Uint8Array>;

/**
 * A file to upload, with the name Telegram shows for it. Build one with {@link inputFile}.
 * A parameter that holds one is sent as `multipart/form-data`; inside nested objects
 * (`InputMedia*`) it goes as an `attach://` part.
 */
export interface InputFile {
  /** The bytes. A stream is read once, when the request is built. */
  readonly data: InputFileData;
  /** The file name sent with the part, e.g. `report.pdf`. */
  readonly filename: string;
  /** The part's content type. */
  readonly contentType: string;
}

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
};

/**
 * Wraps bytes (or a `File`) and a file name as an {@link InputFile} to upload. Uploads are
 * always wrapped: a bare Blob, File, Uint8Array or stream in the parameters is refused with a
 * `ValidationError` rather than sent without a name.
 *
 * @example
 * ```ts
 * import { inputFile } from 'telegram-forum';
 * const report = inputFile(new TextEncoder().encode('all green'), 'report.txt');
 * ```
 * @param data - a Blob, File, Uint8Array or ReadableStream
 * @param filename - the name Telegram shows; defaults to the name of a `File`
 * @param options - `contentType` of the part; by default the Blob's own type, else guessed
 *   from the file name's extension, else `application/octet-stream`
 * @returns the file, ready to pass as a parameter
 */
export function inputFile(data: InputFileData, filename?: string, options: { contentType?: string } = {}): InputFile {
  if (
    !(data instanceof Blob || data instanceof Uint8Array || typeof (data as ReadableStream)?.getReader === 'function')
  ) {
    throw new ValidationError('file data must be a Blob, File, Uint8Array or ReadableStream', { field: 'data' });
  }
  const name = filename ?? (data as File).name;
  if (typeof name !== 'string' || name === '') {
    throw new ValidationError('a file to upload needs a non-empty file name', { field: 'filename' });
  }
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const contentType =
    options.contentType || (data instanceof Blob && data.type) || TYPES[ext] || 'application/octet-stream';
  return { [FILE]: toFormData, data, filename: name, contentType } as InputFile;
}
