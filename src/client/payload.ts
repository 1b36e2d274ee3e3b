import { isUpload, toInputFile } from './inputFile.js';

/** Whether any parameter (at any depth) holds a file to upload. @internal */
export function hasUpload(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 8) return false;
  if (isUpload(value)) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (hasUpload(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    // A keyboard never holds a file: skip the biggest object most sends carry.
    if (key !== 'reply_markup' && hasUpload((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
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

/** The content type for a file name, or `application/octet-stream`. @internal */
export function contentTypeOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return (dot >= 0 && TYPES[filename.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

async function toBlob(value: unknown, method: string, field: string): Promise<[Blob, string]> {
  const file = toInputFile(value, method, field);
  const type = file.contentType || (file.data instanceof Blob && file.data.type) || contentTypeOf(file.filename);
  const data = file.data;
  let blob: Blob;
  if (data instanceof Blob) blob = data.type === type ? data : new Blob([data], { type });
  else if (data instanceof Uint8Array) blob = new Blob([data as Uint8Array<ArrayBuffer>], { type });
  else blob = new Blob([await new Response(data).arrayBuffer()], { type });
  return [blob, file.filename];
}

/**
 * Builds the `multipart/form-data` body: a top-level file is a part under its parameter's
 * name; a file inside an object becomes `attach://fileN` and a part named `fileN`; other
 * objects are JSON-serialized, as the Bot API expects in form encodings.
 * @internal
 */
export async function toFormData(method: string, params: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  const nested: Array<Promise<[Blob, string]>> = [];
  const replace = (value: unknown, field: string): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (isUpload(value)) {
      nested.push(toBlob(value, method, field));
      return `attach://file${nested.length - 1}`;
    }
    if (Array.isArray(value)) return value.map((v, i) => replace(v, `${field}[${i}]`));
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = replace((value as Record<string, unknown>)[key], `${field}.${key}`);
    return out;
  };
  for (const key in params) {
    const value = params[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'object') form.append(key, String(value));
    else if (isUpload(value)) form.append(key, ...(await toBlob(value, method, key)));
    else form.append(key, JSON.stringify(replace(value, key)));
  }
  const files = await Promise.all(nested);
  for (const [i, file] of files.entries()) form.append(`file${i}`, ...file);
  return form;
}
