import type {
  KeyboardButton,
  KeyboardButtonRequestChat,
  KeyboardButtonRequestManagedBot,
  KeyboardButtonRequestUsers,
} from '../types/botApi.js';
import { type ButtonOptions, button, type Check, fail, https, Keyboard, length } from './keyboard.js';

/** A request button's `request_id`: a signed 32-bit integer. */
const requestId: Check = (v, _, f) =>
  (Number.isInteger(v?.request_id) && v.request_id >= -(2 ** 31) && v.request_id < 2 ** 31) ||
  fail(`${f}.request_id`, 'must be a signed 32-bit integer');
const any: Check = () => {};

/** The action fields of a reply button and their limits (Bot API 10.3). */
const ACTIONS: Record<string, Check> = {
  request_users: (v, _, f) => {
    requestId(v, _, f);
    const q = v.max_quantity;
    q === undefined || (Number.isInteger(q) && q >= 1 && q <= 10) || fail(`${f}.max_quantity`, 'must be 1-10');
  },
  request_chat: (v, _, f) => {
    requestId(v, _, f);
    typeof v.chat_is_channel === 'boolean' || fail(`${f}.chat_is_channel`, 'must be a boolean');
  },
  request_managed_bot: requestId,
  request_contact: any,
  request_location: any,
  request_poll: any,
  web_app: https,
};

/** The `request_id` of a request button, if it is one. */
const idOf = (b: KeyboardButton): unknown =>
  (b as unknown as Record<string, { request_id?: number } | undefined>)[
    Object.keys(b).find((k) => k.startsWith('request_')) ?? ''
  ]?.request_id;

/**
 * A reply keyboard (buttons in place of the user's keyboard), built fluently and immutably.
 * Its value is the Bot API's `ReplyKeyboardMarkup`: pass it as `reply_markup` as is.
 *
 * Each button is checked when it is added (a {@link ValidationError} names the field):
 * non-empty text, at most one request, `request_id` a signed 32-bit integer unique in the
 * keyboard, `max_quantity` 1-10, `https://` for `web_app`; and the placeholder is 1-64
 * characters. Reply keyboards are not supported in channels and business messages; the
 * request buttons and `web_app` work in private chats only.
 *
 * Telegram does not document a size limit; measured ones are about 300 buttons in all and
 * 12 per row.
 * @example
 * const keyboard = new ReplyKeyboard().text('New topic').row().text('Call me!').resized();
 * await sendMessage(client, { chat_id, text: 'Hi', reply_markup: keyboard });
 */
export class ReplyKeyboard extends Keyboard<KeyboardButton> {
  /** The rows of buttons. */
  declare readonly keyboard: KeyboardButton[][];
  /** Keep the keyboard shown when the user hides it (`persistent()`). */
  declare readonly is_persistent?: boolean;
  /** Fit the keyboard's height to its buttons (`resized()`). */
  declare readonly resize_keyboard?: boolean;
  /** Hide the keyboard after one use (`oneTime()`). */
  declare readonly one_time_keyboard?: boolean;
  /** The placeholder in the input field while the keyboard is shown (`placeholder()`). */
  declare readonly input_field_placeholder?: string;
  /** Show the keyboard to mentioned users and the sender of the replied-to message only (`selected()`). */
  declare readonly selective?: boolean;

  /** @internal */
  protected rowsKey(): string {
    return 'keyboard';
  }

  /** @internal */
  protected check(b: KeyboardButton, rows: readonly (readonly KeyboardButton[])[]): KeyboardButton {
    const nb = button(b, ACTIONS, false, !rows.length);
    const id = idOf(nb);
    if (id !== undefined && rows.some((r) => r.some((x) => idOf(x) === id))) {
      fail('request_id', `${id} is used twice; it must be unique in the keyboard`);
    }
    return nb;
  }

  /**
   * Adds a text button: a tap sends its text as a message.
   * @param text - the label and the message
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().text('New topic');
   */
  text(text: string, options?: ButtonOptions): this {
    return this.add({ text, ...options });
  }

  /**
   * Adds a button that sends the user's phone number as a contact (private chats only).
   * @param text - the label
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().requestContact('Share my phone number').oneTime();
   */
  requestContact(text: string, options?: ButtonOptions): this {
    return this.add({ text, request_contact: true, ...options });
  }

  /**
   * Adds a button that sends the user's current location (private chats only).
   * @param text - the label
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().requestLocation('Send my location');
   */
  requestLocation(text: string, options?: ButtonOptions): this {
    return this.add({ text, request_location: true, ...options });
  }

  /**
   * Adds a button that asks the user to create a poll and send it to the bot (private chats only).
   * @param text - the label
   * @param type - `"quiz"` or `"regular"` to allow only that kind; any kind if omitted
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().requestPoll('Create a quiz', 'quiz');
   */
  requestPoll(text: string, type?: 'quiz' | 'regular', options?: ButtonOptions): this {
    return this.add({ text, request_poll: type ? { type } : {}, ...options });
  }

  /**
   * Adds a button that asks the user to pick users; the bot gets a `users_shared` message.
   * @param text - the label
   * @param request - `request_id` (a signed 32-bit integer, unique in the keyboard), `max_quantity` 1-10, filters
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().requestUsers('Add members', { request_id: 1, user_is_bot: false, max_quantity: 5 });
   */
  requestUsers(text: string, request: KeyboardButtonRequestUsers, options?: ButtonOptions): this {
    return this.add({ text, request_users: request, ...options });
  }

  /**
   * Adds a button that asks the user to pick a chat; the bot gets a `chat_shared` message.
   * @param text - the label
   * @param request - `request_id`, `chat_is_channel`, and filters such as `chat_is_forum`
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().requestChat('Pick a forum', { request_id: 2, chat_is_channel: false, chat_is_forum: true });
   */
  requestChat(text: string, request: KeyboardButtonRequestChat, options?: ButtonOptions): this {
    return this.add({ text, request_chat: request, ...options });
  }

  /**
   * Adds a button that asks the user to create a bot managed by this bot (Bot API 9.6).
   * @param text - the label
   * @param request - `request_id`, and optional `suggested_name`, `suggested_username`
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().requestManagedBot('Create a helper bot', { request_id: 3, suggested_name: 'Helper' });
   */
  requestManagedBot(text: string, request: KeyboardButtonRequestManagedBot, options?: ButtonOptions): this {
    return this.add({ text, request_managed_bot: request, ...options });
  }

  /**
   * Adds a button that opens a Web App (private chats only).
   * @param text - the label
   * @param url - the Web App's `https://` URL
   * @param options - `style`, `icon_custom_emoji_id`
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().webApp('Open the app', 'https://example.com/app');
   */
  webApp(text: string, url: string, options?: ButtonOptions): this {
    return this.add({ text, web_app: { url }, ...options });
  }

  /**
   * Fits the keyboard's height to its buttons (`resize_keyboard`).
   * @param on - `false` removes the option
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().text('OK').resized();
   */
  resized(on = true): this {
    return this.copy({ resize_keyboard: on });
  }

  /**
   * Hides the keyboard once a button was used (`one_time_keyboard`); it stays in the chat's keyboard menu.
   * @param on - `false` removes the option
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().text('OK').oneTime();
   */
  oneTime(on = true): this {
    return this.copy({ one_time_keyboard: on });
  }

  /**
   * Keeps the keyboard shown when the user hides the keyboard menu (`is_persistent`).
   * @param on - `false` removes the option
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().text('Menu').persistent();
   */
  persistent(on = true): this {
    return this.copy({ is_persistent: on });
  }

  /**
   * Sets the placeholder shown in the input field while the keyboard is active.
   * @param text - 1-64 characters; `undefined` removes it
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().text('Cancel').placeholder('Topic name');
   */
  placeholder(text: string | undefined): this {
    text === undefined || length(text, 64, 'input_field_placeholder');
    return this.copy({ input_field_placeholder: text });
  }

  /**
   * Shows the keyboard only to the users `@mentioned` in the text and the sender of the message
   * replied to (in the same chat and topic).
   * @param on - `false` removes the option
   * @returns a new keyboard
   * @example
   * new ReplyKeyboard().text('Approve').selected();
   */
  selected(on = true): this {
    return this.copy({ selective: on });
  }
}
