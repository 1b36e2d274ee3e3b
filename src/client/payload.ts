import type { InputFile } from '../types/upload.js';

/**
 * Marks a file made by `inputFile()`; its value reads the file into a Blob, so that reading
 * bytes and streams is bundled only into apps that call `inputFile`.
 * @internal
 */
export const FILE = Symbol.for('telegram-forum.inputFile');

/** A file made by `inputFile()`, as the encoder sees it. @internal */
export type MarkedFile = InputFile & { [FILE]: () => Promise<Blob> };

/** A value sent as a file part: a `Blob` (a `File` is one) or a file made by `inputFile()`. @internal */
export const isUpload = (value: unknown): value is Blob | MarkedFile =>
  value instanceof Blob || (Object(value) === value && FILE in (value as object));

/**
 * Builds the `multipart/form-data` body: a top-level file is a part under its parameter's
 * name; a file inside an object becomes `attach://fileN` and a part named `fileN`; other
 * objects are JSON-serialized, as the Bot API expects in form encodings. A file's name is its
 * own (a `File`'s, or the one given to `inputFile`), else the name of the field that holds it
 * (`document`, `media`, …).
 * @internal
 */
export async function toFormData(params: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  // [part name, file, field name]
  const files: [string, Blob | MarkedFile, string][] = [];
  let nested = 0;
  const attach = (field: string, value: unknown) => {
    if (!isUpload(value)) return value;
    const part = `file${nested++}`;
    files.push([part, value, field]);
    return `attach://${part}`;
  };
  for (const key in params) {
    const value = params[key];
    if (value == null) continue;
    if (isUpload(value)) files.push([key, value, key]);
    else form.append(key, typeof value === 'object' ? JSON.stringify(value, attach) : String(value));
  }
  for (const [part, file, field] of files) {
    if (file instanceof Blob) form.append(part, file, (file as File).name || field);
    else form.append(part, await file[FILE](), file.filename);
  }
  return form;
}
