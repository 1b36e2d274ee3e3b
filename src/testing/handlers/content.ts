import type { Message, Poll } from '../../types/botApi.js';
import { fail } from '../failures.js';
import { mediaJson } from '../state/files.js';
import { editMessage, messageJson } from '../state/messages.js';
import type { Json, Stored } from '../state/types.js';
import { nextId, unixTime } from '../state/world.js';
import {
  clampedInt,
  fieldsOf,
  formattedOf,
  inlineMarkupOf,
  inputFile,
  jsonNodeOf,
  liveOf,
  locationJson,
  locationOf,
  ownMessage,
  serverError,
} from './common.js';
import type { Context, HandlerTable } from './context.js';
import { chatOf } from './resolve.js';
import { type Sent, send, threadOf } from './sending.js';

/** Dice and their value ranges (Bot API docs, sendDice); Telegram refuses other emoji (`EMOTICON_INVALID`). */
const DICE: Readonly<Record<string, number>> = { '🎲': 6, '🎯': 6, '🎳': 6, '🏀': 5, '⚽': 5, '🎰': 64 };
/** Telegram's longest duration and side of a video note (Client.cpp MAX_DURATION, MAX_LENGTH). */
const MAX_DURATION = 24 * 60 * 60;
const MAX_LENGTH = 10_000;
/** A live period that never ends (Bot API docs, sendLocation). */
const FOREVER = 0x7fffffff;
/** The kinds of media an edit may put in a message, and the kinds it may replace. */
const EDITABLE = ['photo', 'video', 'animation', 'audio', 'document'];

/** Applies an edit; one that changes nothing is Telegram's MESSAGE_NOT_MODIFIED. `R`: the kind of message edited. */
function applyEdit<R extends Message>(ctx: Context, stored: Stored, changes: Json, markup: Json | undefined): R {
  const msg = stored.msg;
  const same =
    Object.entries(changes).every(([k, v]) => JSON.stringify(msg[k]) === JSON.stringify(v)) &&
    JSON.stringify(msg.reply_markup) === JSON.stringify(markup);
  if (same) throw fail('notModified');
  editMessage(stored, { ...changes, reply_markup: markup, edit_date: unixTime(ctx.world) });
  return messageJson(stored) as R;
}

/** The media kind a message holds, if it is one an edit may replace. */
const mediaKind = (msg: Json): string | undefined => EDITABLE.find((kind) => msg[kind] !== undefined);

/** A live location the bot may still edit: its own, live, not stopped and not expired. */
function liveLocation(ctx: Context, stored: Stored): Json {
  const location = stored.msg.location as Json | undefined;
  if (stored.senderId !== ctx.bot.id || stored.service) throw fail('cantEdit');
  if (!location || (location.live_period === undefined && stored.liveUntil === undefined)) throw fail('noLiveLocation');
  const period = location.live_period as number | undefined;
  const expired = period !== FOREVER && (stored.msg.date as number) + (period ?? 0) <= unixTime(ctx.world);
  if (stored.liveUntil === 0 || expired) throw fail('cantEdit');
  return location;
}

/** Venues, video notes, dice, drafts, polls, live locations and media edits. @internal */
export const contentHandlers = {
  // Client.cpp process_send_venue_query: Foursquare fields win over Google Places ones.
  sendVenue: (ctx, p) =>
    send<Sent<'sendVenue'>>(ctx, p, () => {
      const location = locationJson(locationOf(p), undefined);
      const venue: Json = { location, title: p.str('title') ?? '', address: p.str('address') ?? '' };
      const foursquare = [p.str('foursquare_id') ?? '', p.str('foursquare_type') ?? ''];
      const google = [p.str('google_place_id') ?? '', p.str('google_place_type') ?? ''];
      const [provider, [id, type]] = foursquare.some(Boolean)
        ? ['foursquare', foursquare]
        : google.some(Boolean)
          ? ['google_place', google]
          : ['', []];
      if (provider !== '' && id) venue[`${provider}_id`] = id;
      if (provider !== '' && type) venue[`${provider}_type`] = type;
      return { venue, location };
    }),

  // Client.cpp process_send_video_note_query: duration and length are clamped; no URLs (Bot API docs).
  sendVideoNote: (ctx, p) =>
    send<Sent<'sendVideoNote'>>(ctx, p, () => {
      const file = inputFile(ctx, p, 'video_note', 'video_note', () => fail('noVideoNote'), { byUrl: false });
      const video_note = {
        duration: clampedInt(p, 'duration', 0, 0, MAX_DURATION),
        length: clampedInt(p, 'length', 0, 0, MAX_LENGTH),
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        file_size: file.bytes.length,
      };
      return { video_note };
    }),

  // Client.cpp process_send_dice_query: an empty emoji is a die; values cycle for deterministic tests.
  sendDice: (ctx, p) =>
    send<Sent<'sendDice'>>(ctx, p, () => {
      const emoji = p.str('emoji') || '🎲';
      const faces = DICE[emoji];
      if (faces === undefined) throw serverError('EMOTICON_INVALID');
      return { dice: { emoji, value: (nextId(ctx.world, 'dice') % faces) + 1 } };
    }),

  // Client.cpp process_send_message_draft_query: the text first, then the chat. Nothing is
  // sent: the draft is a chat action (TDLib sendTextMessageDraft). The emulator keeps the last
  // one for `emulator.draft()`.
  sendMessageDraft(ctx, p) {
    const draftId = p.int('draft_id') ?? 0;
    const text = formattedOf(ctx, p.str('text') ?? '', p.str('parse_mode'), p.str('entities'), true);
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.type !== 'private') throw fail('draftPrivateOnly');
    if (draftId === 0) throw fail('draftIdInvalid');
    if (chat.blocked) throw fail('botBlocked');
    const thread = threadOf(ctx, chat, p, undefined);
    chat.draft = { draft_id: draftId, thread, text: text.text, entities: text.entities, at: ctx.world.now() };
    return true;
  },

  // Client.cpp process_stop_poll_query: answers the poll; the bot gets a `poll` update.
  stopPoll(ctx, p) {
    const markup = inlineMarkupOf(p);
    const { stored } = ownMessage(ctx, p, undefined, () => fail('pollMessageNotFound'));
    const poll = stored.msg.poll as (Poll & Json) | undefined;
    if (!poll) throw fail('notAPoll');
    if (poll.is_closed || stored.senderId !== ctx.bot.id) throw fail('pollCantBeStopped');
    editMessage(stored, { poll: { ...poll, is_closed: true }, reply_markup: markup });
    const closed = stored.msg.poll as Poll;
    ctx.delivery.deliver({ kind: 'poll', payload: closed }, { to: 'bot', bot: ctx.bot });
    return closed;
  },

  // Client.cpp process_edit_message_live_location_query (shared by stopMessageLiveLocation).
  editMessageLiveLocation(ctx, p) {
    const live = liveOf(p);
    const base = locationOf(p, p);
    const markup = inlineMarkupOf(p);
    const { stored } = ownMessage(ctx, p, p);
    const old = liveLocation(ctx, stored);
    const period = live.live_period === 0 ? (old.live_period as number) : live.live_period;
    const heading = live.heading || (old.heading as number | undefined) || 0;
    const radius = live.proximity_alert_radius || (old.proximity_alert_radius as number | undefined) || 0;
    const location = locationJson(base, { live_period: period, heading, proximity_alert_radius: radius });
    return applyEdit<Sent<'editMessageLiveLocation'>>(ctx, stored, { location }, markup);
  },

  stopMessageLiveLocation(ctx, p) {
    const markup = inlineMarkupOf(p);
    const { stored } = ownMessage(ctx, p, p);
    const old = liveLocation(ctx, stored);
    const { latitude, longitude, horizontal_accuracy } = old as Record<string, number>;
    const base = { latitude: latitude ?? 0, longitude: longitude ?? 0, horizontal_accuracy: horizontal_accuracy ?? 0 };
    const location = locationJson(base, undefined);
    const message = applyEdit<Sent<'stopMessageLiveLocation'>>(ctx, stored, { location }, markup);
    stored.liveUntil = 0;
    return message;
  },

  // Client.cpp process_edit_message_media_query and get_input_media: the markup, then the media
  // object, then the message; TDLib refuses a message without replaceable media and, in an
  // album, a kind that does not fit (audio and documents stay among their own kind).
  editMessageMedia(ctx, p) {
    const markup = inlineMarkupOf(p);
    p.required('media');
    const node = jsonNodeOf(p, 'media', () => serverError("Can't parse input media JSON object"));
    const prefix = "Can't parse InputMedia: ";
    if (node?.kind !== 'object') throw serverError(`${prefix}expected an Object`);
    const fields = fieldsOf(node);
    const read = <T>(outcome: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!outcome.ok) throw serverError(prefix + outcome.error.message);
      return outcome.value;
    };
    const captionText = read(fields.string('caption'));
    const parseMode = read(fields.string('parse_mode'));
    const caption = formattedOf(ctx, captionText, parseMode, fields.raw('caption_entities'), true);
    const kind = read(fields.string('type', true));
    const media = read(fields.string('media'));
    if (!EDITABLE.includes(kind)) throw serverError(`${prefix}type "${kind}" is unsupported`);
    if (media === '') throw serverError(`${prefix}media not found`);
    const file = inputFile(ctx, p, 'media', kind, () => serverError(`${prefix}media not found`), { value: media });
    const { stored } = ownMessage(ctx, p, p);
    if (stored.senderId !== ctx.bot.id || stored.service) throw fail('cantEdit');
    const current = mediaKind(stored.msg);
    if (current === undefined) throw fail('mediaCantBeEdited');
    const separate = (k: string) => k === 'audio' || k === 'document';
    if (stored.msg.media_group_id !== undefined && (separate(current) || separate(kind)) && current !== kind) {
      throw fail('mediaCantBeEdited');
    }
    const changes: Json = { [current]: undefined, caption: undefined, caption_entities: undefined };
    Object.assign(changes, mediaJson(kind, file));
    if (caption.text !== '') {
      changes.caption = caption.text;
      changes.caption_entities = caption.entities;
    }
    return applyEdit<Sent<'editMessageMedia'>>(ctx, stored, changes, markup);
  },
} satisfies HandlerTable;
