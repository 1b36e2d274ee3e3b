import type { Reader } from '../args.js';
import { fail, orFail, serverFailure } from '../failures.js';
import { fixFormattedText } from '../server/entities/fix.js';
import { readFormattedText } from '../server/entities/format.js';
import { integerArg } from '../server/integers.js';
import type { Json } from '../state/types.js';
import { nextId } from '../state/world.js';
import { checkLocation, locationJson, readLocation } from './common.js';
import type { HandlerTable } from './context.js';
import { fileRecord, inputFile } from './media.js';
import { chatOf } from './resolve.js';
import { entitiesJson, type Sent, send, threadOf } from './sending.js';

/** Dice and their value ranges (Bot API docs, sendDice); Telegram refuses other emoji (`EMOTICON_INVALID`). */
const DICE: Readonly<Record<string, number>> = { '🎲': 6, '🎯': 6, '🎳': 6, '🏀': 5, '⚽': 5, '🎰': 64 };
/** Telegram's longest duration and side of a video note (Client.cpp MAX_DURATION, MAX_LENGTH). */
const MAX_DURATION = 24 * 60 * 60;
const MAX_LENGTH = 10_000;

/** Venues, video notes, dice and message drafts (edits of live locations, polls and media: `edits.ts`). @internal */
export const contentHandlers = {
  // Client.cpp process_send_venue_query: Foursquare fields win over Google Places ones.
  sendVenue: (ctx, p) =>
    send<Sent<'sendVenue'>>(ctx, p, () => {
      const read = readLocation(p);
      const venue: Json = { title: p.str('title') ?? '', address: p.str('address') ?? '' };
      const foursquare = [p.str('foursquare_id') ?? '', p.str('foursquare_type') ?? ''];
      const google = [p.str('google_place_id') ?? '', p.str('google_place_type') ?? ''];
      const [provider, [id, type]] = foursquare.some(Boolean)
        ? ['foursquare', foursquare]
        : google.some(Boolean)
          ? ['google_place', google]
          : ['', []];
      if (provider !== '' && id) venue[`${provider}_id`] = id;
      if (provider !== '' && type) venue[`${provider}_type`] = type;
      return () => {
        checkLocation(read);
        const location = locationJson(read, undefined);
        return { venue: { location, ...venue }, location };
      };
    }),

  // Client.cpp process_send_video_note_query: duration and length are clamped; no URLs (Bot API docs).
  sendVideoNote: (ctx, p) =>
    send<Sent<'sendVideoNote'>>(ctx, p, () => {
      const input = inputFile(p as Reader<string>, 'video_note');
      if (!input) throw fail('noFileInRequest', 'video note');
      const duration = integerArg(p.str('duration'), 0, 0, MAX_DURATION);
      const length = integerArg(p.str('length'), 0, 0, MAX_LENGTH);
      return () => {
        const file = fileRecord(ctx, input, 'video_note', false);
        const video_note = {
          duration,
          length,
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          file_size: file.bytes.length,
        };
        return { video_note };
      };
    }),

  // Client.cpp process_send_dice_query; TDLib takes 🎲 for an empty emoji; which emoji are dice is
  // Telegram's rule. Values cycle, for deterministic tests.
  sendDice: (ctx, p) =>
    send<Sent<'sendDice'>>(ctx, p, () => {
      const emoji = p.str('emoji') || '🎲';
      const faces = DICE[emoji];
      if (faces === undefined) throw serverFailure('EMOTICON_INVALID');
      return { dice: { emoji, value: (nextId(ctx.world, 'dice') % faces) + 1 } };
    }),

  // Client.cpp process_send_message_draft_query: the text first, then the chat. Nothing is
  // sent: the draft is a chat action (TDLib sendTextMessageDraft). The emulator keeps the last
  // one for `emulator.draft()`.
  sendMessageDraft(ctx, p) {
    const draftId = p.int('draft_id') ?? 0;
    const read = orFail(readFormattedText(p.str('text') ?? '', p.str('parse_mode'), p.str('entities')));
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type !== 'private') throw fail('draftPrivateOnly');
    if (draftId === 0) throw fail('draftIdInvalid');
    if (chat.blocked) throw fail('botBlocked');
    const thread = threadOf(ctx, chat, p, undefined);
    // TDLib Requests.cpp sendTextMessageDraft: get_formatted_text with an empty text allowed.
    const text = orFail(fixFormattedText(read.text, read.entities, { allowEmpty: true, allowEmptyString: true }));
    const entities = text.entities.length > 0 ? (entitiesJson(ctx, text.entities) as unknown as Json[]) : undefined;
    chat.draft = { draft_id: draftId, thread, text: text.text, entities, at: ctx.world.now() };
    return true;
  },
} satisfies HandlerTable;
