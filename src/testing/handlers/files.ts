import type { Result } from '../../types/methods.js';
import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { mediaJson } from '../state/files.js';
import { messageJson } from '../state/messages.js';
import type { Json } from '../state/types.js';
import { nextId } from '../state/world.js';
import type { Context, HandlerTable } from './context.js';
import { fileRecord, inputFile, readInputMedia } from './media.js';
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

/** Sending files (each kind, albums) and `getFile`; stickers are in `stickers.ts`. @internal */
export const fileHandlers = {
  sendPhoto: (ctx, p) => send<Sent<'sendPhoto'>>(ctx, p, () => captioned(ctx, p, 'photo')),
  sendDocument: (ctx, p) => send<Sent<'sendDocument'>>(ctx, p, () => captioned(ctx, p, 'document')),
  sendVideo: (ctx, p) => send<Sent<'sendVideo'>>(ctx, p, () => captioned(ctx, p, 'video')),
  sendAudio: (ctx, p) => send<Sent<'sendAudio'>>(ctx, p, () => captioned(ctx, p, 'audio')),
  sendAnimation: (ctx, p) => send<Sent<'sendAnimation'>>(ctx, p, () => captioned(ctx, p, 'animation')),
  sendVoice: (ctx, p) => send<Sent<'sendVoice'>>(ctx, p, () => captioned(ctx, p, 'voice')),

  sendMediaGroup(ctx, p) {
    // Client.cpp process_send_media_group_query: topic and reply first, then `media`; the
    // `reply_markup` parameter is not read at all.
    const request = readTarget(p);
    const list = p.jsonParam('media');
    const items =
      list?.kind === 'array' ? list.items.map((item) => readInputMedia(p as Reader<string>, item, true)) : [];
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
