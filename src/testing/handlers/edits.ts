import type { Message } from '../../types/botApi.js';
import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { readMarkupParam, rebuildMarkup } from '../markup.js';
import type { ReadReplyMarkup } from '../server/markup/read.js';
import { editMessage, messageJson } from '../state/messages.js';
import type { ChatState, Json, Stored } from '../state/types.js';
import { unixTime } from '../state/world.js';
import type { Context, HandlerTable } from './context.js';
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

/** Editing a message's text, caption or inline keyboard. @internal */
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
} satisfies HandlerTable;
