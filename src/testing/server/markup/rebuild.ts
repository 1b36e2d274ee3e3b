import type {
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  KeyboardButton,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from '../../../types/botApi.js';
import { checkLink, linkUserId } from '../links.js';
import { cleanInputString } from '../names.js';
import { failure, type Outcome, success } from '../outcome.js';
import { byteLength } from '../text.js';
import type { InlineButtonAction, KeyboardButtonAction, ReadButton, ReadReplyMarkup } from './read.js';

/** Where a markup is used: the chat's type, and whether only inline keyboards are allowed. @internal */
export interface MarkupContext {
  readonly chat: 'private' | 'group' | 'supergroup' | 'channel';
  /**
   * Edits (`editMessageText` and the like) take only inline keyboards; so do posts of anonymous
   * administrators (channel posts).
   */
  readonly inlineOnly?: boolean;
}

/** The markup Telegram keeps for a message, in the Bot API's JSON. @internal */
export type StoredReplyMarkup =
  | { readonly kind: 'inline'; readonly markup: InlineKeyboardMarkup }
  | { readonly kind: 'keyboard'; readonly markup: ReplyKeyboardMarkup }
  | { readonly kind: 'remove'; readonly markup: ReplyKeyboardRemove }
  | { readonly kind: 'force_reply'; readonly markup: ForceReply };

const MAX_ROW = 12;
const MAX_BUTTONS = 300;

/**
 * Rebuilds a read markup the way TDLib does before sending it (td/telegram/ReplyMarkup.cpp,
 * `get_reply_markup` and `get_keyboard_button`/`get_inline_keyboard_button`): buttons with an empty
 * text and no icon are skipped, a row keeps at most 12 buttons and a keyboard 300 (the rest is
 * dropped silently), empty rows go, and a keyboard left empty is no markup. Request buttons
 * (contact, location, poll, users, chat, managed bot) and Web App reply buttons are refused outside
 * private chats; `selective` is dropped in private chats; edits accept only inline keyboards
 * (`Inline keyboard expected`). URLs are normalised (`example.com` → `http://example.com/`) and a
 * `tg://user?id=` URL becomes a user button. Telegram's own limits (callback data size, markup
 * size) are not in the source; see {@link checkCallbackData}.
 * @internal
 */
export function rebuildReplyMarkup(
  read: ReadReplyMarkup | undefined,
  context: MarkupContext,
): Outcome<StoredReplyMarkup | undefined> {
  if (read === undefined) return success(undefined);
  const inlineOnly = context.inlineOnly === true;
  if (inlineOnly && read.kind !== 'inline') return failure('Inline keyboard expected');
  const privateChat = context.chat === 'private';
  const requestsAllowed = privateChat && !inlineOnly;
  const allowPersonal = !privateChat && !inlineOnly;
  const switchAllowed = context.chat !== 'channel';

  switch (read.kind) {
    case 'keyboard': {
      const rows = collectRows(read.rows, (button) => keyboardButton(button, requestsAllowed));
      if (!rows.ok) return rows;
      if (rows.value.length === 0) return success(undefined);
      const markup: ReplyKeyboardMarkup = { keyboard: rows.value };
      if (read.isPersistent) markup.is_persistent = true;
      if (read.resize) markup.resize_keyboard = true;
      if (read.oneTime) markup.one_time_keyboard = true;
      if (read.placeholder !== '') markup.input_field_placeholder = read.placeholder;
      if (read.personal && allowPersonal) markup.selective = true;
      return success({ kind: 'keyboard', markup });
    }
    case 'inline': {
      const rows = collectRows(read.rows, (button) => inlineButton(button, switchAllowed));
      if (!rows.ok) return rows;
      if (rows.value.length === 0) return success(undefined);
      return success({ kind: 'inline', markup: { inline_keyboard: rows.value } });
    }
    case 'remove': {
      const markup: ReplyKeyboardRemove = { remove_keyboard: true };
      if (read.personal && allowPersonal) markup.selective = true;
      return success({ kind: 'remove', markup });
    }
    case 'force_reply': {
      const markup: ForceReply = { force_reply: true };
      if (read.placeholder !== '') markup.input_field_placeholder = read.placeholder;
      if (read.personal && allowPersonal) markup.selective = true;
      return success({ kind: 'force_reply', markup });
    }
  }
}

/** Rows with the skip and size rules shared by both keyboards. */
function collectRows<Action, Out>(
  rows: ReadonlyArray<ReadonlyArray<ReadButton<Action>>>,
  build: (button: ReadButton<Action>) => Outcome<Out>,
): Outcome<Out[][]> {
  const result: Out[][] = [];
  let total = 0;
  for (const row of rows) {
    const built: Out[] = [];
    for (const button of row) {
      if (button.text === '' && button.iconCustomEmojiId === '0') continue;
      const made = build(button);
      if (!made.ok) return made;
      built.push(made.value);
      total++;
      if (built.length >= MAX_ROW || total >= MAX_BUTTONS) break;
    }
    if (built.length > 0) result.push(built);
    if (total >= MAX_BUTTONS) break;
  }
  return success(result);
}

/** Text, icon and style of a stored button. */
function decorate<T>(button: ReadButton<unknown>, text: string, rest: object): T {
  const out: Record<string, unknown> = { text };
  if (button.iconCustomEmojiId !== '0') out.icon_custom_emoji_id = button.iconCustomEmojiId;
  if (button.style !== 'default') out.style = button.style;
  return { ...out, ...rest } as T;
}

const PRIVATE_ONLY: Partial<Record<KeyboardButtonAction['kind'], string>> = {
  request_contact: 'Phone number can be requested in private chats only',
  request_location: 'Location can be requested in private chats only',
  request_poll: 'Poll can be requested in private chats only',
  web_app: 'Web App buttons can be used in private chats only',
  request_users: 'Users can be requested in private chats only',
  request_chat: 'Chats can be requested in private chats only',
  request_managed_bot: 'Managed bots can be requested in private chats only',
};

function keyboardButton(button: ReadButton<KeyboardButtonAction>, requestsAllowed: boolean): Outcome<KeyboardButton> {
  const text = cleanInputString(button.text);
  if (text === undefined) return failure('Keyboard button text must be encoded in UTF-8');
  if (text === '') return failure('Keyboard button text must be non-empty');
  const action = button.action;
  const refused = PRIVATE_ONLY[action.kind];
  if (refused !== undefined && !requestsAllowed) return failure(refused);
  switch (action.kind) {
    case 'text':
      return success(decorate(button, text, {}));
    case 'request_contact':
      return success(decorate(button, text, { request_contact: true }));
    case 'request_location':
      return success(decorate(button, text, { request_location: true }));
    case 'request_poll': {
      if (action.forceQuiz && action.forceRegular)
        return failure("Can't force quiz mode and regular poll simultaneously");
      const type = action.forceQuiz ? 'quiz' : action.forceRegular ? 'regular' : undefined;
      return success(decorate(button, text, { request_poll: type === undefined ? {} : { type } }));
    }
    case 'web_app': {
      if (linkUserId(action.url) !== undefined) return failure("Link to a user can't be used in Web App URL buttons");
      const url = checkLink(action.url, { httpOnly: true, httpsOnly: true });
      if (!url.ok) return failure(`Keyboard button Web App ${url.error.message}`);
      return success(decorate(button, text, { web_app: { url: action.url } }));
    }
    case 'request_users':
      return success(decorate(button, text, { request_users: { request_id: action.requestId } }));
    case 'request_chat':
      return success(
        decorate(button, text, { request_chat: { request_id: action.requestId, chat_is_channel: false } }),
      );
    case 'request_managed_bot':
      // Bot API 10: not in our typed map, stored with the request id only.
      return success(decorate(button, text, { request_managed_bot: { request_id: action.requestId } }));
  }
}

function inlineButton(button: ReadButton<InlineButtonAction>, switchAllowed: boolean): Outcome<InlineKeyboardButton> {
  const text = cleanInputString(button.text);
  if (text === undefined) return failure('Inline keyboard button text must be encoded in UTF-8');
  if (text === '') return failure('Inline keyboard button text must be non-empty');
  const action = button.action;
  switch (action.kind) {
    case 'url': {
      const userId = linkUserId(action.url);
      if (userId !== undefined) return success(decorate(button, text, { url: `tg://user?id=${userId}` }));
      const url = checkLink(action.url);
      if (!url.ok) return failure(`Inline keyboard button ${url.error.message}`);
      const cleaned = cleanInputString(url.value);
      if (cleaned === undefined) return failure('Inline keyboard button URL must be encoded in UTF-8');
      return success(decorate(button, text, { url: cleaned }));
    }
    case 'callback':
      return success(decorate(button, text, { callback_data: action.data }));
    case 'callback_game':
      return success(decorate(button, text, { callback_game: {} }));
    case 'pay':
      return success(decorate(button, text, { pay: true }));
    case 'switch_inline': {
      const { users, bots, groups, channels } = action.chats;
      if (!action.current && !(users || bots || groups || channels))
        return failure('At least one chat type must be allowed');
      if (!switchAllowed) {
        const name = action.current ? 'switch_inline_query_current_chat' : 'switch_inline_query';
        return failure(
          `Can't use ${name} button in a channel chat, because users will not be able to use the button without knowing bot's username`,
        );
      }
      const query = cleanInputString(action.query);
      if (query === undefined) return failure('Inline keyboard button switch inline query must be encoded in UTF-8');
      if (action.current) return success(decorate(button, text, { switch_inline_query_current_chat: query }));
      if (users && bots && groups && channels) return success(decorate(button, text, { switch_inline_query: query }));
      const chosen = {
        query,
        allow_user_chats: users,
        allow_bot_chats: bots,
        allow_group_chats: groups,
        allow_channel_chats: channels,
      };
      return success(decorate(button, text, { switch_inline_query_chosen_chat: chosen }));
    }
    case 'login_url': {
      if (linkUserId(action.url) !== undefined) return failure("Link to a user can't be used in login URL buttons");
      const url = checkLink(action.url, { httpOnly: true, httpsOnly: true });
      if (!url.ok) return failure(`Inline keyboard button login ${url.error.message}`);
      // The Bot API prints a login button of a sent message as a plain `url` button.
      return success(decorate(button, text, { url: url.value }));
    }
    case 'web_app': {
      if (linkUserId(action.url) !== undefined) return failure("Link to a user can't be used in Web App URL buttons");
      const url = checkLink(action.url, { httpOnly: true, httpsOnly: true });
      if (!url.ok) return failure(`Inline keyboard button Web App ${url.error.message}`);
      return success(decorate(button, text, { web_app: { url: url.value } }));
    }
    case 'copy_text': {
      const copied = cleanInputString(action.text);
      if (copied === undefined) return failure('Inline keyboard button copied text must be encoded in UTF-8');
      return success(decorate(button, text, { copy_text: { text: copied } }));
    }
  }
}

/**
 * Telegram's limit on `callback_data`: 1–64 bytes (Bot API documentation); longer data is refused
 * by Telegram's servers with `BUTTON_DATA_INVALID`. Neither the check nor the text is in the
 * official source: the text is the one Telegram answers with, as observed.
 * @internal
 */
export function checkCallbackData(markup: StoredReplyMarkup | undefined): Outcome<true> {
  if (markup?.kind !== 'inline') return success(true);
  for (const row of markup.markup.inline_keyboard) {
    for (const button of row) {
      if ('callback_data' in button && byteLength(button.callback_data) > 64) return failure('BUTTON_DATA_INVALID');
    }
  }
  return success(true);
}
