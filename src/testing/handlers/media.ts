import type { Reader, UploadedPart } from '../args.js';
import { fail } from '../failures.js';
import { readFormattedText } from '../server/entities/format.js';
import type { ParsedText } from '../server/entities/html.js';
import type { JsonNode } from '../server/json.js';
import { Fields } from '../server/jsonFields.js';
import { parseUrl } from '../server/links.js';
import type { Outcome } from '../server/outcome.js';
import { storeFile } from '../state/files.js';
import { builtInSticker, stickerRecord } from '../state/stickers.js';
import type { FileRecord } from '../state/types.js';
import type { Context } from './context.js';

/**
 * The files a request names, for every handler that takes one (sends, albums, media edits,
 * stickers): `Client::get_input_file` and `Client::get_input_media` (telegram-bot-api/Client.cpp),
 * then what TDLib and Telegram make of the file.
 * @module
 * @internal
 */

/** A file as `Client::get_input_file` reads it: an uploaded part, or a remote id or URL. @internal */
export type InputFile = { part: UploadedPart } | { remote: string };

/**
 * `Client::get_input_file`: `attach://<name>` is the multipart part of that name; any other
 * non-empty value is a remote file id or URL; an empty or absent value is the part named like
 * the parameter (none for a field of a JSON object: `field` is `''`). `undefined`: no file.
 * @internal
 */
export function inputFile(p: Reader<string>, field: string, value = p.str(field)): InputFile | undefined {
  if (value !== undefined && value !== '') {
    if (!value.startsWith('attach://')) return { remote: value };
    const part = p.file(value.slice(9));
    return part ? { part } : undefined;
  }
  const part = field === '' ? undefined : p.file(field);
  return part ? { part } : undefined;
}

/** TDLib's type names in `Can't use file of type X as Y` (td/telegram/files/FileType.cpp). */
const TYPE_NAMES: Record<string, string> = {
  photo: 'Photo',
  video: 'Video',
  voice: 'VoiceNote',
  document: 'Document',
  sticker: 'Sticker',
  audio: 'Audio',
  animation: 'Animation',
  video_note: 'VideoNote',
};

/**
 * The stored file of an input file sent as `kind`: an upload is stored; one of the emulator's own
 * stickers is made on first use; a known `file_id` must be of a compatible type (photos and the
 * document-like types do not mix: TDLib `FileManager::from_persistent_id_v23`); an HTTP URL is
 * stored without being downloaded (unless `byUrl` is false: Telegram takes no video note by URL);
 * anything else is refused by Telegram.
 * @internal
 */
export function fileRecord(ctx: Context, input: InputFile, kind: string, byUrl = true): FileRecord {
  if ('part' in input) return storeFile(ctx.world, kind, input.part);
  const own = builtInSticker(input.remote);
  if (own) return stickerRecord(ctx.world, own);
  const known = ctx.world.files.get(input.remote);
  if (known) {
    if ((known.kind === 'photo') !== (kind === 'photo')) {
      throw fail('fileTypeMismatch', TYPE_NAMES[known.kind] ?? 'Document', TYPE_NAMES[kind] ?? 'Document');
    }
    return known;
  }
  const url = parseUrl(input.remote);
  if (byUrl && input.remote.includes('.') && url.ok) {
    const path = input.remote.split(/[?#]/)[0]!;
    const name = path.slice(path.lastIndexOf('/') + 1) || 'file';
    return storeFile(ctx.world, kind, { bytes: new Uint8Array(0), name, type: '' });
  }
  throw fail('fileIdentifierInvalid');
}

/** One InputMedia as read: its kind, its file, its caption (not yet fixed) and where the caption goes. @internal */
export interface ReadInputMedia {
  readonly kind: string;
  readonly input: InputFile;
  readonly caption: ParsedText;
  readonly above: boolean;
}

/** The media kinds of `Client::get_input_media` (`live_photo` is not emulated). */
const MEDIA_KINDS = ['photo', 'video', 'animation', 'audio', 'document'];

/** An InputMedia reading step: its error prefixed `Can't parse InputMedia: ` (Client.cpp). */
function inMedia<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw fail('inputMedia', outcome.error.message);
  return outcome.value;
}

/**
 * One InputMedia, as `Client::get_input_media` reads it (of an album for sendMediaGroup, or of
 * editMessageMedia): caption, parse mode and entities, `show_caption_above_media`, `has_spoiler`,
 * `type`, then the file; an album takes no animation. Errors read `Can't parse InputMedia: …`.
 * @internal
 */
export function readInputMedia(p: Reader<string>, item: JsonNode, forAlbum: boolean): ReadInputMedia {
  if (item.kind !== 'object') throw fail('inputMedia', 'expected an Object');
  const fields = new Fields(item);
  const caption = inMedia(
    readFormattedText(
      inMedia(fields.string('caption')),
      inMedia(fields.string('parse_mode')),
      fields.raw('caption_entities'),
    ),
  );
  const above = inMedia(fields.bool('show_caption_above_media'));
  inMedia(fields.bool('has_spoiler'));
  const kind = inMedia(fields.string('type', true));
  const input = inputFile(p, '', inMedia(fields.string('media')));
  if (!input) throw fail('inputMedia', 'media not found');
  if (kind === 'animation' && forAlbum) throw fail('inputMedia', 'type "animation" can\'t be used in sendMediaGroup');
  if (!MEDIA_KINDS.includes(kind)) throw fail('inputMedia', `type "${kind}" is unsupported`);
  return { kind, input, caption, above };
}
