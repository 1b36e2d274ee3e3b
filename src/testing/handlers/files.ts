import type { Result } from '../../types/methods.js';
import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { mediaJson, storeFile } from '../state/files.js';
import { messageJson } from '../state/messages.js';
import type { FileRecord, Json } from '../state/types.js';
import { nextId } from '../state/world.js';
import type { Context, HandlerTable } from './context.js';
import { captionOf, post, type Sent, send, targetOf } from './sending.js';

/**
 * A file parameter: `attach://<part>`, a known `file_id`, an HTTP URL (stored without being
 * downloaded), or an uploaded part named like the parameter itself.
 */
function fileOf<N extends string>(
  ctx: Context,
  p: Reader<N>,
  field: N,
  kind: string,
  value = p.str(field),
): FileRecord {
  if (value?.startsWith('attach://')) {
    const part = p.file(value.slice(9));
    if (!part) throw fail('noFileInRequest', field);
    return storeFile(ctx.world, kind, part);
  }
  if (value !== undefined && value !== '') {
    const known = ctx.world.files.get(value);
    if (known) return known;
    if (/^https?:\/\/\S+$/i.test(value)) {
      const name = value.slice(value.lastIndexOf('/') + 1) || 'file';
      return storeFile(ctx.world, kind, { bytes: new Uint8Array(0), name, type: 'application/octet-stream' });
    }
    throw fail('fileIdentifierInvalid');
  }
  const part = p.file(field);
  if (!part) throw fail('noFileInRequest', field);
  return storeFile(ctx.world, kind, part);
}

/** The fields of a file sent as `kind`, read from the parameter of that name, with its caption. */
function captioned<K extends string>(
  ctx: Context,
  p: Reader<K | 'caption' | 'parse_mode' | 'caption_entities'>,
  kind: K,
): Json {
  return { ...mediaJson(kind, fileOf(ctx, p, kind, kind)), ...captionOf(ctx, p) };
}

const MEDIA_GROUP_KINDS = ['photo', 'video', 'audio', 'document'];
type AlbumMessage = Result<'sendMediaGroup'>[number];

/** Sending files (each kind, albums) and `getFile`; stickers are in `stickers.ts`. @internal */
export const fileHandlers = {
  sendPhoto: (ctx, p) => send<Sent<'sendPhoto'>>(ctx, p, () => captioned(ctx, p, 'photo')),
  sendDocument: (ctx, p) => send<Sent<'sendDocument'>>(ctx, p, () => captioned(ctx, p, 'document')),
  sendVideo: (ctx, p) => send<Sent<'sendVideo'>>(ctx, p, () => captioned(ctx, p, 'video')),
  sendAudio: (ctx, p) => send<Sent<'sendAudio'>>(ctx, p, () => captioned(ctx, p, 'audio')),
  sendAnimation: (ctx, p) => send<Sent<'sendAnimation'>>(ctx, p, () => captioned(ctx, p, 'animation')),
  sendVoice: (ctx, p) => send<Sent<'sendVoice'>>(ctx, p, () => captioned(ctx, p, 'voice')),

  sendMediaGroup(ctx, p) {
    const raw = p.json('media');
    if (raw === undefined) throw fail('parameterEmpty', 'media');
    if ('error' in raw || !Array.isArray(raw.value)) throw fail('cantParseJson', 'media');
    const items = raw.value as Json[];
    if (items.length < 2 || items.length > 10) throw fail('mediaCount');
    const target = targetOf(ctx, p);
    const group = String(nextId(ctx.world, 'mediaGroup'));
    const contents = items.map((item) => {
      if (typeof item !== 'object' || item === null) throw fail('inputMediaNotObject');
      const kind = String(item.type ?? '');
      if (!MEDIA_GROUP_KINDS.includes(kind)) throw fail('inputMediaType');
      const media = typeof item.media === 'string' ? item.media : '';
      const file = fileOf(ctx, p, 'media', kind, media);
      const fields: Json = { media_group_id: group, ...mediaJson(kind, file) };
      if (typeof item.caption === 'string' && item.caption !== '') fields.caption = item.caption;
      return fields;
    });
    checkFlood(ctx.world, ctx.bot.id, target.chat.id, target.chat.type !== 'private');
    const extras = { replyTo: target.replyTo, external: target.external };
    // Albums hold photos, videos, audio or documents: the message kinds sendMediaGroup returns.
    return contents.map((fields) => messageJson(post(ctx, target.chat, target.thread, fields, extras)) as AlbumMessage);
  },

  getFile(ctx, p) {
    const id = p.str('file_id') ?? '';
    if (id === '') throw fail('parameterEmpty', 'file_id');
    const f = ctx.world.files.get(id);
    if (!f) throw fail('fileIdInvalid');
    return { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.bytes.length, file_path: f.file_path };
  },
} satisfies HandlerTable;
