import type { Result } from '../../types/methods.js';
import type { Reader, UploadedPart } from '../args.js';
import { fail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { readFormattedText } from '../server/entities/format.js';
import type { ParsedText } from '../server/entities/html.js';
import type { JsonNode } from '../server/json.js';
import { Fields } from '../server/jsonFields.js';
import { parseUrl } from '../server/links.js';
import type { Outcome } from '../server/outcome.js';
import { mediaJson, storeFile } from '../state/files.js';
import { messageJson } from '../state/messages.js';
import type { FileRecord, Json } from '../state/types.js';
import { nextId } from '../state/world.js';
import type { Context, HandlerTable } from './context.js';
import {
  type CaptionParam,
  captionFields,
  checkOpen,
  post,
  readCaption,
  readTarget,
  resolveTarget,
  type Sent,
  send,
} from './sending.js';

/** A file as `Client::get_input_file` reads it: an uploaded part, or a remote id/URL (`undefined`: none). */
type InputFile = { part: UploadedPart } | { remote: string } | undefined;

/**
 * `Client::get_input_file`: `attach://<name>` is the multipart part of that name; any other
 * non-empty value is a remote file id or URL; an empty or absent value is the part named like
 * the parameter.
 */
function inputFile(p: Reader<string>, field: string, value = p.str(field)): InputFile {
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
 * The stored file of an input file sent as `kind`: an upload is stored; a known `file_id` must be
 * of a compatible type (photos and the document-like types do not mix: TDLib
 * `FileManager::from_persistent_id_v23`); an HTTP URL is stored without being downloaded; anything
 * else is refused by Telegram.
 */
function fileRecord(ctx: Context, input: { part: UploadedPart } | { remote: string }, kind: string): FileRecord {
  if ('part' in input) return storeFile(ctx.world, kind, input.part);
  const known = ctx.world.files.get(input.remote);
  if (known) {
    if ((known.kind === 'photo') !== (kind === 'photo')) {
      throw fail('fileTypeMismatch', TYPE_NAMES[known.kind] ?? 'Document', TYPE_NAMES[kind] ?? 'Document');
    }
    return known;
  }
  const url = parseUrl(input.remote);
  if (input.remote.includes('.') && url.ok) {
    const path = input.remote.split(/[?#]/)[0]!;
    const name = path.slice(path.lastIndexOf('/') + 1) || 'file';
    return storeFile(ctx.world, kind, { bytes: new Uint8Array(0), name, type: '' });
  }
  throw fail('fileIdentifierInvalid');
}

/**
 * A file sent as `kind` from the parameter of that name, with its caption: the file and the
 * caption are read first (`There is no <kind> in the request`, parse errors), the file is
 * resolved and the caption fixed once the chat is known.
 */
function captioned<K extends string>(ctx: Context, p: Reader<K | CaptionParam>, kind: K, captions = true) {
  const input = inputFile(p as Reader<string>, kind);
  if (!input) throw fail('noFileInRequest', kind.replace('_', ' '));
  const caption = captions ? readCaption(p) : undefined;
  return (): Json => ({
    ...mediaJson(kind, fileRecord(ctx, input, kind)),
    ...(caption ? captionFields(ctx, caption) : {}),
  });
}

type AlbumMessage = Result<'sendMediaGroup'>[number];
const ALBUM_KINDS = ['photo', 'video', 'audio', 'document'];

/** An InputMedia reading step: its error prefixed `Can't parse InputMedia: ` (`get_input_message_contents`). */
function inMedia<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw fail('inputMedia', outcome.error.message);
  return outcome.value;
}

/** One InputMedia of an album, as `Client::get_input_media` reads it (errors without their prefix). */
function albumItem(
  p: Reader<string>,
  item: JsonNode,
): { kind: string; input: { part: UploadedPart } | { remote: string }; caption: ParsedText; above: boolean } {
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
  if (kind === 'animation') throw fail('inputMedia', 'type "animation" can\'t be used in sendMediaGroup');
  if (!ALBUM_KINDS.includes(kind)) throw fail('inputMedia', `type "${kind}" is unsupported`);
  return { kind, input, caption, above };
}

/** Sending files (each kind, albums) and `getFile`. @internal */
export const fileHandlers = {
  sendPhoto: (ctx, p) => send<Sent<'sendPhoto'>>(ctx, p, () => captioned(ctx, p, 'photo')),
  sendDocument: (ctx, p) => send<Sent<'sendDocument'>>(ctx, p, () => captioned(ctx, p, 'document')),
  sendVideo: (ctx, p) => send<Sent<'sendVideo'>>(ctx, p, () => captioned(ctx, p, 'video')),
  sendAudio: (ctx, p) => send<Sent<'sendAudio'>>(ctx, p, () => captioned(ctx, p, 'audio')),
  sendAnimation: (ctx, p) => send<Sent<'sendAnimation'>>(ctx, p, () => captioned(ctx, p, 'animation')),
  sendVoice: (ctx, p) => send<Sent<'sendVoice'>>(ctx, p, () => captioned(ctx, p, 'voice')),
  sendSticker: (ctx, p) =>
    send<Sent<'sendSticker'>>(ctx, p, () => captioned(ctx, p as Reader<'sticker' | CaptionParam>, 'sticker', false)),

  sendMediaGroup(ctx, p) {
    // Client.cpp process_send_media_group_query: topic and reply first, then `media`; the
    // `reply_markup` parameter is not read at all.
    const request = readTarget(p);
    const list = p.jsonParam('media');
    const items = list?.kind === 'array' ? list.items.map((item) => albumItem(p as Reader<string>, item)) : [];
    const target = resolveTarget(ctx, p, request);
    // TDLib MessagesManager::send_message_group and check_message_group_message_contents.
    if (items.length === 0) throw fail('albumEmpty');
    if (items.length > 10) throw fail('albumTooBig');
    if (items.some((i) => i.above !== items[0]!.above)) throw fail('albumCaptionPlacement');
    for (const lone of ['audio', 'document']) {
      if (items.some((i) => i.kind === lone) && items.some((i) => i.kind !== lone)) {
        throw fail('albumMixed', lone);
      }
    }
    const contents = items.map((item) => ({
      ...mediaJson(item.kind, fileRecord(ctx, item.input, item.kind)),
      ...captionFields(ctx, item.caption),
    }));
    checkOpen(ctx, target.chat, target.thread);
    checkFlood(ctx.world, ctx.bot.id, target.chat.id, target.chat.type !== 'private');
    // A single item is sent as a plain message, without a media group.
    const group = contents.length > 1 ? String(nextId(ctx.world, 'mediaGroup')) : undefined;
    const extras = { replyTo: target.replyTo, external: target.external };
    return contents.map((fields) => {
      const message = group === undefined ? fields : { media_group_id: group, ...fields };
      return messageJson(post(ctx, target.chat, target.thread, message, extras)) as AlbumMessage;
    });
  },

  getFile(ctx, p) {
    const id = p.str('file_id') ?? '';
    if (id === '') throw fail('fileIdMissing');
    const f = ctx.world.files.get(id);
    if (!f) throw fail('fileIdInvalid');
    return { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.bytes.length, file_path: f.file_path };
  },
} satisfies HandlerTable;
