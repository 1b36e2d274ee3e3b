import { InlineKeyboard } from './inlineKeyboard.js';
import { ReplyKeyboard } from './replyKeyboard.js';

/** Options of {@link keyboardFromButtons}. */
export interface KeyboardFromButtonsOptions {
  /** An inline keyboard (under the message) instead of a reply keyboard; each label is also its `callback_data`. */
  inline?: boolean;
  /** One button per row (the default); `false` puts all buttons in one row. */
  column?: boolean;
}

/**
 * Builds a keyboard from button labels in one call (the 1C library's `FormKeyboardFromButtonArray`,
 * with valid JSON and no junk keys).
 *
 * By default it is a reply keyboard with `resize_keyboard: true`, one button per row, each
 * button sending its label. With `inline: true` it is an inline keyboard whose buttons carry
 * their label as `callback_data`, so each label must be 1-64 UTF-8 bytes.
 * The result is a builder: chain `.columns(n)`, `.oneTime()`, … to change it.
 * @param buttons - the labels
 * @param options - `inline`, `column`
 * @returns the keyboard, to pass as `reply_markup`
 * @example
 * keyboardFromButtons(['New topic', 'Call me!']);
 * // { keyboard: [[{ text: 'New topic' }], [{ text: 'Call me!' }]], resize_keyboard: true }
 * keyboardFromButtons(['Yes', 'No'], { inline: true, column: false });
 * // { inline_keyboard: [[{ text: 'Yes', callback_data: 'Yes' }, { text: 'No', callback_data: 'No' }]] }
 */
export function keyboardFromButtons(
  buttons: readonly string[],
  options: KeyboardFromButtonsOptions & { inline: true },
): InlineKeyboard;
export function keyboardFromButtons(
  buttons: readonly string[],
  options?: KeyboardFromButtonsOptions & { inline?: false },
): ReplyKeyboard;
export function keyboardFromButtons(
  buttons: readonly string[],
  options?: KeyboardFromButtonsOptions,
): InlineKeyboard | ReplyKeyboard;
export function keyboardFromButtons(
  buttons: readonly string[],
  { inline, column = true }: KeyboardFromButtonsOptions = {},
): InlineKeyboard | ReplyKeyboard {
  const rows = column ? buttons.map((b) => [b]) : [buttons];
  return inline
    ? InlineKeyboard.from(rows.map((r) => r.map((text) => ({ text, callback_data: text }))))
    : ReplyKeyboard.from(rows.map((r) => r.map((text) => ({ text })))).resized();
}
