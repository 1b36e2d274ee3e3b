import { decodeJson, type JsonNode } from '../json.js';
import { Fields, type JsonObjectNode } from '../jsonFields.js';
import { failure, type Outcome, prefixed, success } from '../outcome.js';

/** A button colour (`style`), Bot API 10. @internal */
export type ButtonStyle = 'default' | 'primary' | 'danger' | 'success';

/** What a reply keyboard button does, as the server reads it. @internal */
export type KeyboardButtonAction =
  | { readonly kind: 'text' }
  | { readonly kind: 'request_contact' }
  | { readonly kind: 'request_location' }
  | { readonly kind: 'request_poll'; readonly forceRegular: boolean; readonly forceQuiz: boolean }
  | { readonly kind: 'web_app'; readonly url: string }
  | { readonly kind: 'request_users'; readonly requestId: number }
  | { readonly kind: 'request_chat'; readonly requestId: number }
  | { readonly kind: 'request_managed_bot'; readonly requestId: number };

/** What an inline keyboard button does, as the server reads it. @internal */
export type InlineButtonAction =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'callback'; readonly data: string }
  | { readonly kind: 'callback_game' }
  | { readonly kind: 'pay' }
  | { readonly kind: 'switch_inline'; readonly query: string; readonly current: boolean; readonly chats: ChatTypes }
  | { readonly kind: 'login_url'; readonly url: string; readonly forwardText: string; readonly botUsername: string }
  | { readonly kind: 'web_app'; readonly url: string }
  | { readonly kind: 'copy_text'; readonly text: string };

/** Which chats a `switch_inline_query_chosen_chat` button may pick. @internal */
export interface ChatTypes {
  readonly users: boolean;
  readonly bots: boolean;
  readonly groups: boolean;
  readonly channels: boolean;
}

/** A button as read from the request. @internal */
export interface ReadButton<Action> {
  readonly text: string;
  /** Decimal id, `'0'` when none. */
  readonly iconCustomEmojiId: string;
  readonly style: ButtonStyle;
  readonly action: Action;
}

/** A `reply_markup` as `Client::get_reply_markup` builds it, before TDLib's checks. @internal */
export type ReadReplyMarkup =
  | {
      readonly kind: 'keyboard';
      readonly rows: ReadonlyArray<ReadonlyArray<ReadButton<KeyboardButtonAction>>>;
      readonly isPersistent: boolean;
      readonly resize: boolean;
      readonly oneTime: boolean;
      readonly personal: boolean;
      readonly placeholder: string;
    }
  | { readonly kind: 'inline'; readonly rows: ReadonlyArray<ReadonlyArray<ReadButton<InlineButtonAction>>> }
  | { readonly kind: 'remove'; readonly personal: boolean }
  | { readonly kind: 'force_reply'; readonly personal: boolean; readonly placeholder: string };

/**
 * Reads the `reply_markup` parameter like `Client::get_reply_markup` (telegram-bot-api/Client.cpp).
 * Absent or empty is no markup; text that is not JSON is `Can't parse reply keyboard markup JSON
 * object`; JSON that is not an object (`null` included) is `Object expected as reply markup`. Of an
 * object only the known fields count, in this order of checks: `keyboard` (each row an array,
 * each button a string or an object), `inline_keyboard`, then the flags `hide_keyboard`,
 * `remove_keyboard`, `personal_keyboard`, `selective`, `force_reply_keyboard`, `force_reply`,
 * `input_field_placeholder`, and for a reply keyboard `resize_keyboard`, `one_time_keyboard`,
 * `is_persistent`. A non-empty `keyboard` wins over `inline_keyboard`, which wins over
 * `remove_keyboard`/`hide_keyboard`, which win over `force_reply`; an object with none of them (or
 * `remove_keyboard: false`) is no markup at all. Unknown fields are ignored.
 * @internal
 */
export function readReplyMarkup(raw: string | undefined): Outcome<ReadReplyMarkup | undefined> {
  if (raw === undefined || raw === '') return success(undefined);
  const decoded = decodeJson(raw);
  if (!decoded.ok) return failure("Can't parse reply keyboard markup JSON object");
  return readReplyMarkupValue(decoded.value);
}

/** {@link readReplyMarkup} for an already decoded value (InputMedia and inline results). @internal */
export function readReplyMarkupValue(value: JsonNode): Outcome<ReadReplyMarkup | undefined> {
  if (value.kind !== 'object') return failure('Object expected as reply markup');
  const fields = new Fields(value);

  const keyboard = fields.typed('keyboard', 'array');
  if (!keyboard.ok) return keyboard;
  const rows: Array<Array<ReadButton<KeyboardButtonAction>>> = [];
  if (keyboard.value.kind === 'array') {
    for (const row of keyboard.value.items) {
      if (row.kind !== 'array') return failure('Field "keyboard" must be an Array of Arrays');
      const buttons: Array<ReadButton<KeyboardButtonAction>> = [];
      for (const item of row.items) {
        const button = prefixed(readKeyboardButton(item), "Can't parse keyboard button: ", 400);
        if (!button.ok) return button;
        buttons.push(button.value);
      }
      rows.push(buttons);
    }
  }

  const inline = fields.typed('inline_keyboard', 'array');
  if (!inline.ok) return inline;
  const inlineRows: Array<Array<ReadButton<InlineButtonAction>>> = [];
  if (inline.value.kind === 'array') {
    for (const row of inline.value.items) {
      if (row.kind !== 'array')
        return failure('Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
      const buttons: Array<ReadButton<InlineButtonAction>> = [];
      for (const item of row.items) {
        const button = prefixed(readInlineButton(item), "Can't parse inline keyboard button: ", 400);
        if (!button.ok) return button;
        buttons.push(button.value);
      }
      inlineRows.push(buttons);
    }
  }

  const flags: Record<string, boolean> = {};
  for (const name of [
    'hide_keyboard',
    'remove_keyboard',
    'personal_keyboard',
    'selective',
    'force_reply_keyboard',
    'force_reply',
  ]) {
    const flag = fields.bool(name);
    if (!flag.ok) return flag;
    flags[name] = flag.value;
  }
  const placeholder = fields.string('input_field_placeholder');
  if (!placeholder.ok) return placeholder;
  const personal = flags.personal_keyboard === true || flags.selective === true;

  // A keyboard made of empty rows still counts here; TDLib then drops it.
  if (rows.length > 0) {
    const options: Record<string, boolean> = {};
    for (const name of ['resize_keyboard', 'one_time_keyboard', 'is_persistent']) {
      const flag = fields.bool(name);
      if (!flag.ok) return flag;
      options[name] = flag.value;
    }
    return success({
      kind: 'keyboard',
      rows,
      isPersistent: options.is_persistent === true,
      resize: options.resize_keyboard === true,
      oneTime: options.one_time_keyboard === true,
      personal,
      placeholder: placeholder.value,
    });
  }
  if (inlineRows.length > 0) return success({ kind: 'inline', rows: inlineRows });
  if (flags.hide_keyboard || flags.remove_keyboard) return success({ kind: 'remove', personal });
  if (flags.force_reply || flags.force_reply_keyboard) {
    return success({ kind: 'force_reply', personal, placeholder: placeholder.value });
  }
  return success(undefined);
}

/** Text, icon and style shared by both kinds of buttons (`get_keyboard_button`, `get_inline_keyboard_button`). */
function readButtonBase(fields: Fields): Outcome<{ text: string; iconCustomEmojiId: string; style: ButtonStyle }> {
  const text = fields.string('text', true);
  if (!text.ok) return text;
  const icon = fields.long('icon_custom_emoji_id');
  if (!icon.ok) return icon;
  const style = fields.string('style');
  if (!style.ok) return style;
  const lower = style.value.toLowerCase();
  if (lower !== '' && lower !== 'default' && lower !== 'primary' && lower !== 'danger' && lower !== 'success') {
    return failure('invalid button style specified', 0);
  }
  return success({
    text: text.value,
    iconCustomEmojiId: icon.value.toString(),
    style: (lower || 'default') as ButtonStyle,
  });
}

function readKeyboardButton(item: JsonNode): Outcome<ReadButton<KeyboardButtonAction>> {
  if (item.kind === 'string')
    return success({ text: item.value, iconCustomEmojiId: '0', style: 'default', action: { kind: 'text' } });
  if (item.kind !== 'object') return failure('KeyboardButton must be a String or an Object');
  const fields = new Fields(item);
  const base = readButtonBase(fields);
  if (!base.ok) return base;
  const action = readKeyboardAction(fields);
  return action.ok ? success({ ...base.value, action: action.value }) : action;
}

/** `Client::get_keyboard_button_type`: the first known request field decides. */
function readKeyboardAction(fields: Fields): Outcome<KeyboardButtonAction> {
  const phone = fields.bool('request_phone_number');
  if (!phone.ok) return phone;
  const contact = fields.bool('request_contact');
  if (!contact.ok) return contact;
  if (phone.value || contact.value) return success({ kind: 'request_contact' });
  const location = fields.bool('request_location');
  if (!location.ok) return location;
  if (location.value) return success({ kind: 'request_location' });
  if (fields.has('request_poll')) {
    const poll = objectField(fields, 'request_poll');
    if (!poll.ok) return poll;
    const type = poll.value.has('type') ? poll.value.string('type') : success('');
    if (!type.ok) return type;
    return success({ kind: 'request_poll', forceRegular: type.value === 'regular', forceQuiz: type.value === 'quiz' });
  }
  if (fields.has('web_app')) {
    const webApp = objectField(fields, 'web_app');
    if (!webApp.ok) return webApp;
    const url = webApp.value.string('url', true);
    return url.ok ? success({ kind: 'web_app', url: url.value }) : url;
  }
  for (const [names, kind] of [
    [['request_users', 'request_user'], 'request_users'],
    [['request_chat'], 'request_chat'],
    [['request_managed_bot'], 'request_managed_bot'],
  ] as const) {
    const name = names.find((candidate) => fields.has(candidate));
    if (name === undefined) continue;
    const request = objectField(fields, name);
    if (!request.ok) return request;
    const id = request.value.int('request_id', true);
    if (!id.ok) return id;
    for (const [field, type] of REQUEST_FIELDS[kind]) {
      const checked =
        type === 'bool'
          ? request.value.bool(field)
          : type === 'int'
            ? request.value.int(field)
            : request.value.string(field);
      if (!checked.ok) return checked;
    }
    return success({ kind, requestId: id.value });
  }
  return success({ kind: 'text' });
}

/**
 * The other fields of the request buttons, type-checked in the server's order (the administrator
 * rights objects of `request_chat` are not modelled).
 */
const REQUEST_FIELDS: Record<
  'request_users' | 'request_chat' | 'request_managed_bot',
  ReadonlyArray<readonly [string, 'bool' | 'int' | 'string']>
> = {
  request_users: [
    ['user_is_bot', 'bool'],
    ['user_is_premium', 'bool'],
    ['max_quantity', 'int'],
    ['request_name', 'bool'],
    ['request_username', 'bool'],
    ['request_photo', 'bool'],
  ],
  request_chat: [
    ['chat_is_channel', 'bool'],
    ['chat_is_forum', 'bool'],
    ['chat_has_username', 'bool'],
    ['chat_is_created', 'bool'],
    ['bot_is_member', 'bool'],
    ['request_title', 'bool'],
    ['request_username', 'bool'],
    ['request_photo', 'bool'],
  ],
  request_managed_bot: [
    ['suggested_name', 'string'],
    ['suggested_username', 'string'],
  ],
};

function readInlineButton(item: JsonNode): Outcome<ReadButton<InlineButtonAction>> {
  if (item.kind !== 'object') return failure('InlineKeyboardButton must be an Object');
  const fields = new Fields(item);
  const base = readButtonBase(fields);
  if (!base.ok) return base;
  const action = readInlineAction(fields);
  return action.ok ? success({ ...base.value, action: action.value }) : action;
}

/** `Client::get_inline_keyboard_button_type`: checked in this order; none is an error. */
function readInlineAction(fields: Fields): Outcome<InlineButtonAction> {
  const url = fields.string('url');
  if (!url.ok) return url;
  if (url.value !== '') return success({ kind: 'url', url: url.value });
  const data = fields.string('callback_data');
  if (!data.ok) return data;
  if (data.value !== '') return success({ kind: 'callback', data: data.value });
  if (fields.has('callback_game')) return success({ kind: 'callback_game' });
  if (fields.has('pay')) return success({ kind: 'pay' });
  const all = { users: true, bots: true, groups: true, channels: true };
  if (fields.has('switch_inline_query')) {
    const query = fields.string('switch_inline_query', true);
    return query.ok ? success({ kind: 'switch_inline', query: query.value, current: false, chats: all }) : query;
  }
  if (fields.has('switch_inline_query_chosen_chat')) {
    const chosen = objectField(fields, 'switch_inline_query_chosen_chat');
    if (!chosen.ok) return chosen;
    const values: boolean[] = [];
    const query = chosen.value.string('query');
    if (!query.ok) return query;
    for (const name of ['allow_user_chats', 'allow_bot_chats', 'allow_group_chats', 'allow_channel_chats']) {
      const flag = chosen.value.bool(name);
      if (!flag.ok) return flag;
      values.push(flag.value);
    }
    const [users, bots, groups, channels] = values as [boolean, boolean, boolean, boolean];
    return success({
      kind: 'switch_inline',
      query: query.value,
      current: false,
      chats: { users, bots, groups, channels },
    });
  }
  if (fields.has('switch_inline_query_current_chat')) {
    const query = fields.string('switch_inline_query_current_chat', true);
    return query.ok ? success({ kind: 'switch_inline', query: query.value, current: true, chats: all }) : query;
  }
  if (fields.has('login_url')) {
    const login = objectField(fields, 'login_url');
    if (!login.ok) return login;
    const loginUrl = login.value.string('url', true);
    if (!loginUrl.ok) return loginUrl;
    const username = login.value.string('bot_username');
    if (!username.ok) return username;
    const write = login.value.bool('request_write_access');
    if (!write.ok) return write;
    const forward = login.value.string('forward_text');
    if (!forward.ok) return forward;
    const botUsername = username.value.startsWith('@') ? username.value.slice(1) : username.value;
    if (username.value !== '' && !/^[A-Za-z0-9_]+$/.test(botUsername))
      return failure('LoginUrl bot username is invalid');
    return success({ kind: 'login_url', url: loginUrl.value, forwardText: forward.value, botUsername });
  }
  if (fields.has('web_app')) {
    const webApp = objectField(fields, 'web_app');
    if (!webApp.ok) return webApp;
    const webUrl = webApp.value.string('url', true);
    return webUrl.ok ? success({ kind: 'web_app', url: webUrl.value }) : webUrl;
  }
  if (fields.has('copy_text')) {
    const copy = objectField(fields, 'copy_text');
    if (!copy.ok) return copy;
    const text = copy.value.string('text', true);
    return text.ok ? success({ kind: 'copy_text', text: text.value }) : text;
  }
  return failure('Text buttons are unallowed in the inline keyboard');
}

/** A nested object field (`extract_required_field(name, Object)`). */
function objectField(fields: Fields, name: string): Outcome<Fields> {
  const value = fields.typed(name, 'object', true);
  return value.ok ? success(new Fields(value.value as JsonObjectNode)) : value;
}
