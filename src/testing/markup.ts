import type { Reader } from './args.js';
import { fail, orFail } from './failures.js';
import { type ReadReplyMarkup, readReplyMarkup } from './server/markup/read.js';
import { checkCallbackData, rebuildReplyMarkup, type StoredReplyMarkup } from './server/markup/rebuild.js';
import type { ChatState, Json } from './state/types.js';

/**
 * Reads `reply_markup` as `Client::get_reply_markup` does (telegram-bot-api/Client.cpp), before
 * the chat is known: JSON and field errors with the server's texts; unknown keys ignored; an
 * object that selects no markup (`{}`, `{"hide":false}`) is none.
 * @internal
 */
export function readMarkupParam(p: Reader<'reply_markup'>): ReadReplyMarkup | undefined {
  return orFail(readReplyMarkup(p.str('reply_markup')));
}

// Observed on Telegram (not in the source): inline keyboards over 8 buttons a row or 100 in
// all are refused with REPLY_MARKUP_TOO_LONG; TDLib has already cut rows to 12 and keyboards to 300.
const INLINE_ROW_MAX = 8;
const INLINE_TOTAL_MAX = 100;

/**
 * The markup as Telegram keeps it, rebuilt for the chat it is sent to (td/telegram/ReplyMarkup.cpp
 * `get_reply_markup`): buttons rebuilt from the fields TDLib knows, request buttons refused
 * outside private chats, `selective` dropped in private chats, only inline keyboards for edits
 * (`inlineOnly`). Then Telegram's own checks: `callback_data` of 1–64 bytes
 * (`BUTTON_DATA_INVALID`) and the size of an inline keyboard (`reply markup is too long`).
 * @internal
 */
export function rebuildMarkup(
  read: ReadReplyMarkup | undefined,
  chat: ChatState,
  inlineOnly = false,
): StoredReplyMarkup | undefined {
  const stored = orFail(rebuildReplyMarkup(read, { chat: chat.type, inlineOnly }));
  orFail(checkCallbackData(stored));
  if (stored?.kind === 'inline') {
    const rows = stored.markup.inline_keyboard;
    if (rows.some((row) => row.length > INLINE_ROW_MAX)) throw fail('markupTooLong');
    if (rows.reduce((total, row) => total + row.length, 0) > INLINE_TOTAL_MAX) throw fail('markupTooLong');
  }
  return stored;
}

/**
 * Applies a sent markup: an inline keyboard lives on the message (and is echoed in it); a reply
 * keyboard is shown in the chat (`emulator.keyboard(chat)` reads it), a remove hides it; a force
 * reply changes nothing kept. Returns whether the message got a markup other than an inline
 * keyboard: TDLib then never lets it be edited (`MessagesManager::can_edit_message`).
 * @internal
 */
export function applyMarkup(chat: ChatState, markup: StoredReplyMarkup | undefined, fields: Json): boolean {
  if (!markup) return false;
  switch (markup.kind) {
    case 'inline':
      fields.reply_markup = markup.markup;
      return false;
    case 'keyboard':
      chat.replyKeyboard = markup.markup;
      return true;
    case 'remove':
      chat.replyKeyboard = undefined;
      return true;
    case 'force_reply':
      return true;
  }
}

/**
 * A `reply_markup` read and rebuilt in one step, with the kinds named as before (`reply`,
 * `force`). For methods that cannot split reading from the chat check; the request buttons are
 * judged as in a private chat.
 * @internal
 */
export type Markup =
  | { kind: 'inline'; value: Json }
  | { kind: 'reply'; value: Json }
  | { kind: 'remove'; value: Json }
  | { kind: 'force'; value: Json };

/** See {@link Markup}. @internal */
export function readMarkup(p: Reader<'reply_markup'>): Markup | undefined {
  const stored = orFail(rebuildReplyMarkup(readMarkupParam(p), { chat: 'private' }));
  orFail(checkCallbackData(stored));
  if (!stored) return undefined;
  const value = stored.markup as unknown as Json;
  if (stored.kind === 'keyboard') return { kind: 'reply', value };
  if (stored.kind === 'force_reply') return { kind: 'force', value };
  return stored.kind === 'inline' ? { kind: 'inline', value } : { kind: 'remove', value };
}
