import type { InputFile } from '../types/upload.js';

/** Marks a file made by `inputFile()`. @internal */
export const FILE = Symbol.for('telegram-forum.inputFile');

/** A value sent as a file part: a `Blob` (a `File` is one) or a file made by `inputFile()`. @internal */
export const isUpload = (value: unknown): value is Blob | InputFile =>
  value instanceof Blob || (typeof value === 'object' && value !== null && FILE in value);

/** The part's bytes and file name: a File's own name, else `fallback` (the parameter's name). */
async function filePart(file: Blob | InputFile, fallback: string): Promise<[Blob, string]> {
  if (file instanceof Blob) return [file, (file as File).name || fallback];
  const { data, contentType, filename } = file;
  const bytes = data instanceof Blob || data instanceof Uint8Array ? data : await new Response(data).arrayBuffer();
  return [new Blob([bytes as BlobPart], { type: contentType }), filename];
}

/**
 * Builds the `multipart/form-data` body: a top-level file is a part under its parameter's
 * name; a file inside an object becomes `attach://fileN` and a part named `fileN`; other
 * objects are JSON-serialized, as the Bot API expects in form encodings. A `Blob` without a
 * name of its own is sent with the name of the field that holds it (`document`, `media`, …).
 * @internal
 */
export async function toFormData(params: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  const nested: [Blob | InputFile, string][] = [];
  const attach = (key: string, value: unknown) =>
    isUpload(value) ? `attach://file${nested.push([value, key]) - 1}` : value;
  for (const key in params) {
    const value = params[key];
    if (value == null) continue;
    if (isUpload(value)) form.append(key, ...(await filePart(value, key)));
    else form.append(key, typeof value === 'object' ? JSON.stringify(value, attach) : String(value));
  }
  for (const [i, [file, key]] of nested.entries()) form.append(`file${i}`, ...(await filePart(file, key)));
  return form;
}
