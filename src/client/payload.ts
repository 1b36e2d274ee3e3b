import type { InputFile } from './inputFile.js';

const isFile = (value: object): value is InputFile => Symbol.for('telegram-forum.inputFile') in value;

async function toBlob({ data, contentType }: InputFile): Promise<Blob> {
  return new Blob(
    [data instanceof Blob || data instanceof Uint8Array ? data : await new Response(data).arrayBuffer()] as BlobPart[],
    {
      type: contentType,
    },
  );
}

/**
 * Builds the `multipart/form-data` body: a top-level file is a part under its parameter's
 * name; a file inside an object becomes `attach://fileN` and a part named `fileN`; other
 * objects are JSON-serialized, as the Bot API expects in form encodings. The client calls it
 * only for parameters that hold an `InputFile`.
 * @internal
 */
export async function toFormData(params: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  const nested: InputFile[] = [];
  const replace = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (isFile(value)) return `attach://file${nested.push(value) - 1}`;
    if (Array.isArray(value)) return value.map(replace);
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = replace((value as Record<string, unknown>)[key]);
    return out;
  };
  for (const key in params) {
    const value = params[key];
    if (value == null) continue;
    if (typeof value !== 'object') form.append(key, String(value));
    else if (isFile(value)) form.append(key, await toBlob(value), value.filename);
    else form.append(key, JSON.stringify(replace(value)));
  }
  for (const [i, file] of nested.entries()) form.append(`file${i}`, await toBlob(file), file.filename);
  return form;
}
