import type { Message, Poll } from '../../types/botApi.js';
import type { Reader } from '../args.js';
import { fail, serverFailure } from '../failures.js';
import { readMarkupParam, rebuildMarkup } from '../markup.js';
import { decodeJson } from '../server/json.js';
import type { ReadReplyMarkup } from '../server/markup/read.js';
import { mediaJson } from '../state/files.js';
import { editMessage, messageJson } from '../state/messages.js';
import type { ChatState, Json, Stored } from '../state/types.js';
import { unixTime } from '../state/world.js';
import { liveOf, locationJson, readLocation } from './common.js';
import type { Context, HandlerTable } from './context.js';
import { fileRecord, readInputMedia } from './media.js';
import { chatOf, messageOf } from './resolve.js';
import { captionFields, readCaption, readText, type Sent, textFields } from './sending.js';

/** Content kinds TDLib lets a bot edit (td/telegram/MessageContentType.cpp `is_editable_message_content`). */
const EDITABLE = ['text', 'animation', 'audio', 'document', 'photo', 'video', 'voice'];
/** Content kinds that can have a caption (`can_have_message_content_caption`). */
const CAPTIONED = ['animation', 'audio', 'document', 'photo', 'video', 'voice'];

/**
 * The message an edit targets, after the server's reading (`chat_id` and `message_id`, or an
 * `inline_message_id` when both are empty: `Message identifier is not specified`; the emulator
 * sends no inline messages, so any id is `Invalid inline message identifier specified`), then
 * `Client::check_message` (`message to edit not found`).
 */
function target(
  ctx: Context,
  p: Reader<'chat_id' | 'message_id' | 'inline_message_id'>,
): { chat: ChatState; stored: Stored } {
  if ((p.str('chat_id') ?? '') === '' && p.id('message_id') === 0) {
    if ((p.str('inline_message_id') ?? '') === '') throw fail('messageIdMissing');
    throw fail('inlineMessageIdInvalid');
  }
  const chat = chatOf(ctx, p, 'chat_id');
  return { chat, stored: messageOf(p, chat, 'edit') };
}

/**
 * TDLib `MessagesManager::can_edit_message` for a bot: its own message, not a service message,
 * not forwarded, never sent with a reply keyboard (or a removal, or a force reply); its content
 * must be editable (any content for a keyboard-only edit).
 */
function checkEditable(ctx: Context, stored: Stored, onlyMarkup: boolean): void {
  const own = stored.senderId === ctx.bot.id && !stored.service;
  const editable = onlyMarkup || EDITABLE.some((kind) => stored.msg[kind] !== undefined);
  if (!own || !editable || stored.hadReplyMarkup || stored.msg.forward_origin !== undefined) throw fail('cantEdit');
}

/**
 * Applies an edit: the new inline keyboard (TDLib `get_inline_reply_markup`: only inline
 * keyboards), then Telegram's `MESSAGE_NOT_MODIFIED` for an edit that changes nothing.
 */
function finishEdit<R extends Message>(
  ctx: Context,
  chat: ChatState,
  stored: Stored,
  changes: Json,
  read: ReadReplyMarkup | undefined,
): R {
  const markup = rebuildMarkup(read, chat, true);
  const keyboard = markup?.kind === 'inline' ? markup.markup : undefined;
  const msg = stored.msg;
  const same =
    Object.entries(changes).every(([k, v]) => JSON.stringify(msg[k]) === JSON.stringify(v)) &&
    JSON.stringify(msg.reply_markup) === JSON.stringify(keyboard);
  if (same) throw fail('notModified');
  editMessage(stored, { ...changes, reply_markup: keyboard, edit_date: unixTime(ctx.world) });
  return messageJson(stored) as R;
}

/** A live period that never ends (Bot API docs, sendLocation). */
const FOREVER = 0x7fffffff;
/** The kinds of media an edit may put in a message, and the kinds it may replace. */
const MEDIA = ['photo', 'video', 'animation', 'audio', 'document'];
/** Album kinds that stay among their own kind (TDLib `is_homogenous_media_group_content`). */
const HOMOGENOUS = ['audio', 'document'];

/**
 * The live location of a message the bot may still edit (TDLib `edit_message_live_location`,
 * after `can_edit_message`): a live location (`There is no live location in the message to
 * edit`) that was not stopped and has not expired (Telegram refuses those).
 */
function liveLocation(ctx: Context, stored: Stored): Json {
  checkEditable(ctx, stored, true);
  const location = stored.msg.location as Json | undefined;
  if (!location || (location.live_period === undefined && stored.liveUntil === undefined)) throw fail('noLiveLocation');
  const period = location.live_period as number | undefined;
  const expired = period !== FOREVER && (stored.msg.date as number) + (period ?? 0) <= unixTime(ctx.world);
  if (stored.liveUntil === 0 || expired) throw fail('cantEdit');
  return location;
}

/** Editing a message's text, caption, media, live location or inline keyboard; stopping a poll. @internal */
export const editHandlers = {
  editMessageText(ctx, p) {
    // Client.cpp process_edit_message_text_query: the text, then the ids and the keyboard.
    const text = readText(p);
    const read = readMarkupParam(p);
    const { chat, stored } = target(ctx, p);
    checkEditable(ctx, stored, false);
    if (stored.msg.text === undefined) throw fail('noTextToEdit');
    const content = textFields(ctx, text);
    const changes = { text: content.text, entities: content.entities };
    return finishEdit<Sent<'editMessageText'>>(ctx, chat, stored, changes, read);
  },

  editMessageCaption(ctx, p) {
    // Client.cpp process_edit_message_caption_query: the keyboard, then the caption.
    const read = readMarkupParam(p);
    const caption = readCaption(p);
    const { chat, stored } = target(ctx, p);
    checkEditable(ctx, stored, false);
    if (!CAPTIONED.some((kind) => stored.msg[kind] !== undefined)) throw fail('noCaptionToEdit');
    const fields = captionFields(ctx, caption);
    const changes = { caption: fields.caption, caption_entities: fields.caption_entities };
    return finishEdit<Sent<'editMessageCaption'>>(ctx, chat, stored, changes, read);
  },

  editMessageReplyMarkup(ctx, p) {
    const read = readMarkupParam(p);
    const { chat, stored } = target(ctx, p);
    checkEditable(ctx, stored, true);
    return finishEdit<Sent<'editMessageReplyMarkup'>>(ctx, chat, stored, {}, read);
  },

  // Client.cpp process_edit_message_live_location_query (shared with stopMessageLiveLocation):
  // the live fields, the location (editMessageLiveLocation only), the ids, the keyboard; TDLib
  // refuses a point off the globe after the message checks.
  editMessageLiveLocation(ctx, p) {
    const live = liveOf(p);
    const base = readLocation(p, p);
    const read = readMarkupParam(p);
    const { chat, stored } = target(ctx, p);
    const old = liveLocation(ctx, stored);
    if (!(Math.abs(base.latitude) <= 90 && Math.abs(base.longitude) <= 180)) throw fail('liveLocationInvalid');
    const period = live.live_period === 0 ? (old.live_period as number) : live.live_period;
    const heading = live.heading || (old.heading as number | undefined) || 0;
    const radius = live.proximity_alert_radius || (old.proximity_alert_radius as number | undefined) || 0;
    const location = locationJson(base, { live_period: period, heading, proximity_alert_radius: radius });
    return finishEdit<Sent<'editMessageLiveLocation'>>(ctx, chat, stored, { location }, read);
  },

  stopMessageLiveLocation(ctx, p) {
    const read = readMarkupParam(p);
    const { chat, stored } = target(ctx, p);
    const old = liveLocation(ctx, stored);
    const { latitude, longitude, horizontal_accuracy } = old as Record<string, number>;
    const base = { latitude: latitude ?? 0, longitude: longitude ?? 0, horizontal_accuracy: horizontal_accuracy ?? 0 };
    const message = finishEdit<Sent<'stopMessageLiveLocation'>>(
      ctx,
      chat,
      stored,
      { location: locationJson(base, undefined) },
      read,
    );
    stored.liveUntil = 0;
    return message;
  },

  // Client.cpp process_edit_message_media_query: the keyboard, then `media` (get_input_media),
  // then the ids; TDLib edit_message_media refuses a message without replaceable media and, in an
  // album, a change of kind that involves audio or documents.
  editMessageMedia(ctx, p) {
    const read = readMarkupParam(p);
    const decoded = decodeJson(p.required('media'));
    if (!decoded.ok) throw serverFailure("Can't parse input media JSON object");
    const media = readInputMedia(p as Reader<string>, decoded.value, false);
    const { chat, stored } = target(ctx, p);
    const current = MEDIA.find((kind) => stored.msg[kind] !== undefined);
    if (stored.senderId !== ctx.bot.id || stored.service || current === undefined) throw fail('mediaCantBeEdited');
    const album = stored.msg.media_group_id !== undefined;
    if (album && current !== media.kind && (HOMOGENOUS.includes(current) || HOMOGENOUS.includes(media.kind))) {
      throw fail('albumMediaType');
    }
    const changes: Json = { [current]: undefined, caption: undefined, caption_entities: undefined };
    Object.assign(changes, mediaJson(media.kind, fileRecord(ctx, media.input, media.kind)));
    Object.assign(changes, captionFields(ctx, media.caption));
    return finishEdit<Sent<'editMessageMedia'>>(ctx, chat, stored, changes, read);
  },

  // Client.cpp process_stop_poll_query: the keyboard, then the message (`message with poll to
  // stop not found`); TDLib get_message_poll_id. The bot gets a `poll` update.
  stopPoll(ctx, p) {
    const read = readMarkupParam(p);
    const chat = chatOf(ctx, p, 'chat_id');
    const id = p.id('message_id');
    const stored = id > 0 ? chat.messages.get(id) : undefined;
    if (!stored) throw fail('pollMessageNotFound');
    const poll = stored.msg.poll as (Poll & Json) | undefined;
    if (!poll) throw fail('notAPoll');
    if (poll.is_closed || stored.senderId !== ctx.bot.id) throw fail('pollCantBeStopped');
    const markup = rebuildMarkup(read, chat, true);
    const keyboard = markup?.kind === 'inline' ? markup.markup : undefined;
    editMessage(stored, { poll: { ...poll, is_closed: true }, reply_markup: keyboard });
    const closed = stored.msg.poll as Poll;
    ctx.delivery.deliver({ kind: 'poll', payload: closed }, { to: 'bot', bot: ctx.bot });
    return closed;
  },
} satisfies HandlerTable;
