import type { UploadedPart } from '../args.js';
import { cleanFileName, mimeTypeFromFileName } from '../server/mime.js';
import type { FileRecord, Json, World } from './types.js';
import { nextId } from './world.js';

const DIRS: Record<string, string> = {
  photo: 'photos',
  document: 'documents',
  video: 'videos',
  audio: 'music',
  animation: 'animations',
  voice: 'voice',
  sticker: 'stickers',
  video_note: 'video_notes',
};

/**
 * Stores an uploaded file of a kind (`photo`, `document`, …) under fresh ids and a path. The
 * server keeps an upload under its cleaned file name (tdnet/td/net/HttpReader.cpp, `clean_filename`)
 * and TDLib takes the MIME type from that name's extension, ignoring the part's own
 * `Content-Type` (td/telegram/MessageContent.cpp `create_input_message_content`).
 * @internal
 */
export function storeFile(world: World, kind: string, part: UploadedPart): FileRecord {
  const n = nextId(world, 'file');
  const name = cleanFileName(part.name);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : kind === 'photo' ? '.jpg' : '';
  const record: FileRecord = {
    kind,
    file_id: `EMU${kind.slice(0, 3).toUpperCase()}${n.toString(36).padStart(8, '0')}AAQ`,
    file_unique_id: `AQAD${n.toString(36).padStart(6, '0')}`,
    file_path: `${DIRS[kind] ?? 'documents'}/file_${n}${ext}`,
    bytes: part.bytes,
    name,
    type: mimeTypeFromFileName(name),
  };
  world.files.set(record.file_id, record);
  world.filesByPath.set(record.file_path, record);
  return record;
}

/**
 * The MIME type a message reports for a file: TDLib's from the extension; for an extension it does
 * not know Telegram reports `application/octet-stream` (Telegram's own, not in the source).
 * @internal
 */
export function reportedMimeType(f: FileRecord): string {
  return f.type || 'application/octet-stream';
}

/** The message fields of a file sent as a kind (`{ photo: [...] }`, `{ document: {...} }`, …). @internal */
export function mediaJson(kind: string, f: FileRecord): Json {
  const base = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.bytes.length };
  const mime_type = reportedMimeType(f);
  switch (kind) {
    case 'photo':
      return { photo: [{ ...base, width: 0, height: 0 }] };
    case 'video':
    case 'animation':
      return { [kind]: { ...base, width: 0, height: 0, duration: 0, file_name: f.name, mime_type } };
    case 'audio':
      return { audio: { ...base, duration: 0, file_name: f.name, mime_type } };
    case 'voice':
      return { voice: { ...base, duration: 0, mime_type } };
    case 'sticker':
      return {
        sticker: { ...base, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
      };
    default:
      return { document: { ...base, file_name: f.name, mime_type } };
  }
}
