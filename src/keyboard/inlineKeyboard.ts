import type { InlineKeyboardButton, LoginUrl, SwitchInlineQueryChosenChat } from '../types/botApi.js';
import { type ButtonOptions, button, type Check, fail, https, Keyboard, length, scheme } from './keyboard.js';

const first: Check = (_, isFirst, field) => isFirst || fail(field, 'must be the first button of the first row');
const any: Check = () => {};

/** The action fields of an inline button and their limits (Bot API 10.3). */
const ACTIONS: Record<string, Check> = {
  url: (v, _, f) => scheme(/^(https?|tg):\/\//i, 'http(s):// or tg://', v, f),
  callback_data: (v, _, f) => {
    const n = typeof v === 'string' ? new TextEncoder().encode(v).length : 0;
    (n && n <= 64) || fail(f, `must be 1-64 UTF-8 bytes, got ${n}`);
  },
  web_app: https,
  login_url: https,
  switch_inline_query: any,
  switch_inline_query_current_chat: any,
  switch_inline_query_chosen_chat: any,
  copy_text: (v, _, f) => length(v?.text, 256, `${f}.text`),
  callback_game: first,
  pay: first,
  disabled: any,
};

/**
 * An inline keyboard (buttons under a message), built fluently and immutably. Its value is
 * the Bot API's `InlineKeyboardMarkup`: pass it as `reply_markup` as is.
 *
 * Each button is checked when it is added (a {@link ValidationError} names the field):
 * non-empty text, exactly one action, `callback_data` of 1-64 UTF-8 bytes, `url` with an
 * `http(s)://` or `tg://` scheme, `https://` for `web_app` and `login_url`, `copy_text` of
 * 1-256 characters, `callback_game` and `pay` only as the first button of the first row.
 *
 * Telegram does not document a size limit; measured ones are about 100 buttons in all and
 * 8 per row, beyond which it answers `Bad Request: reply markup is too long`.
 * @example
 * const keyboard = new InlineKeyboard().text('Close topic', 'close').url('Docs', 'https://example.com');
 * await sendMessage(client, { chat_id, text: 'Done?', reply_markup: keyboard });
 */
export class InlineKeyboard extends Keyboard<InlineKeyboardButton> {
  /** The rows of buttons. */
  declare readonly inline_keyboard: InlineKeyboardButton[][];

  /** @internal */
  protected rowsKey(): string {
    return 'inline_keyboard';
  }

  /** @internal */
  protected check(b: InlineKeyboardButton, rows: readonly unknown[]): InlineKeyboardButton {
    return button(b, ACTIONS, true, !rows.length);
  }

  /**
   * Adds a callback button: a tap sends a `callback_query` with `data` to the bot.
   * @param text - the label
   * @param data - `callback_data`, 1-64 UTF-8 bytes; defaults to the label
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().text('Close', 'close:42');
   */
  text(text: string, data: string = text, options?: ButtonOptions): this {
    return this.add({ text, callback_data: data, ...options });
  }

  /**
   * Adds a URL button.
   * @param text - the label
   * @param url - an `http://`, `https://` or `tg://` URL (`tg://user?id=<id>` mentions a user)
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().url('Open the docs', 'https://core.telegram.org/bots/api');
   */
  url(text: string, url: string, options?: ButtonOptions): this {
    return this.add({ text, url, ...options });
  }

  /**
   * Adds a button that opens a Web App (private chats only).
   * @param text - the label
   * @param url - the Web App's `https://` URL
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().webApp('Open the app', 'https://example.com/app');
   */
  webApp(text: string, url: string, options?: ButtonOptions): this {
    return this.add({ text, web_app: { url }, ...options });
  }

  /**
   * Adds a Telegram Login button.
   * @param text - the label
   * @param login - the `https://` login URL, or a full `LoginUrl`
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().login('Log in', { url: 'https://example.com/login', request_write_access: true });
   */
  login(text: string, login: string | LoginUrl, options?: ButtonOptions): this {
    return this.add({ text, login_url: typeof login === 'string' ? { url: login } : login, ...options });
  }

  /**
   * Adds a button that lets the user pick a chat and starts an inline query of this bot there.
   * @param text - the label
   * @param query - the query to insert (may be empty)
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().switchInline('Share', 'topic 42');
   */
  switchInline(text: string, query = '', options?: ButtonOptions): this {
    return this.add({ text, switch_inline_query: query, ...options });
  }

  /**
   * Adds a button that starts an inline query of this bot in the current chat.
   * @param text - the label
   * @param query - the query to insert (may be empty)
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().switchInlineCurrent('Search here', 'status ');
   */
  switchInlineCurrent(text: string, query = '', options?: ButtonOptions): this {
    return this.add({ text, switch_inline_query_current_chat: query, ...options });
  }

  /**
   * Adds a button that lets the user pick a chat of the given kinds and starts an inline query there.
   * @param text - the label
   * @param chosen - the query and the chat kinds (`allow_user_chats`, `allow_group_chats`, …)
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().switchInlineChosen('Send to a group', { query: 'report', allow_group_chats: true });
   */
  switchInlineChosen(text: string, chosen: SwitchInlineQueryChosenChat = {}, options?: ButtonOptions): this {
    return this.add({ text, switch_inline_query_chosen_chat: chosen, ...options });
  }

  /**
   * Adds a button that copies a text to the clipboard.
   * @param text - the label
   * @param copy - the text to copy, 1-256 characters
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().copyText('Copy the code', 'A1B2-C3D4');
   */
  copyText(text: string, copy: string, options?: ButtonOptions): this {
    return this.add({ text, copy_text: { text: copy }, ...options });
  }

  /**
   * Adds the button that starts a game; it must be the first button of the first row.
   * @param text - the label
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().game('Play');
   */
  game(text: string, options?: ButtonOptions): this {
    return this.add({ text, callback_game: {}, ...options });
  }

  /**
   * Adds the pay button of an invoice; it must be the first button of the first row.
   * @param text - the label
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().pay('Pay 5 €');
   */
  pay(text: string, options?: ButtonOptions): this {
    return this.add({ text, pay: true, ...options });
  }

  /**
   * Adds a button that does nothing when tapped (Bot API 10.3 `disabled`).
   * @param text - the label
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new InlineKeyboard().disabled('Sold out');
   */
  disabled(text: string, options?: ButtonOptions): this {
    return this.add({ text, disabled: {}, ...options });
  }
}
