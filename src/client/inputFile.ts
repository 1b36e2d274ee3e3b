import { ValidationError } from '../errors/errors.js';
import type { InputFile, InputFileData } from '../types/upload.js';
import { FILE } from './payload.js';

export type { InputFile, InputFileData } from '../types/upload.js';

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
 * Wraps bytes or a stream (or a Blob) and a file name as an {@link InputFile} to upload.
 * A `File` or `Blob` can be passed as a parameter as it is; bytes and streams carry no name,
 * so they are wrapped: a bare Uint8Array or stream in the parameters is refused with a
 * `ValidationError` rather than sent without a name.
 *
 * @example
 * ```ts
 * import { inputFile } from 'telegram-forum';
 * const report = inputFile(new TextEncoder().encode('all green'), 'report.txt');
 * ```
 * @param data - a Uint8Array, ReadableStream, Blob or File
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
  const read = async () =>
    new Blob(
      [
        (data instanceof Blob || data instanceof Uint8Array
          ? data
          : await new Response(data).arrayBuffer()) as BlobPart,
      ],
      {
        type: contentType,
      },
    );
  return { [FILE]: read, data, filename: name, contentType } as InputFile;
}
