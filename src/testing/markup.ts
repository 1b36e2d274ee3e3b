import type { ReplyKeyboardMarkup } from '../types/botApi.js';
import type { Reader } from './args.js';
import { fail } from './failures.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const encoder = new TextEncoder();

/** The parsed `reply_markup` of a send or edit. @internal */
export type Markup =
  | { kind: 'inline'; value: Json }
  | { kind: 'reply'; value: Json }
  | { kind: 'remove'; value: Json }
  | { kind: 'force'; value: Json };

const INLINE_TYPES = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
  'disabled',
];
const BOOL_FIELDS = ['resize_keyboard', 'one_time_keyboard', 'selective', 'is_persistent', 'force_reply'];

/**
 * Reads and checks `reply_markup` with the real server's error texts: not JSON, not an
 * object, rows that are not arrays, inline buttons without a type ("Text buttons are
 * unallowed"), `callback_data` over 64 bytes (`BUTTON_DATA_INVALID`), non-boolean flags,
 * and keyboards over the community-measured size limits ("reply markup is too long").
 * @internal
 */
export function readMarkup(args: Reader<'reply_markup'>): Markup | undefined {
  const raw = args.json('reply_markup');
  if (raw === undefined) return undefined;
  if ('error' in raw) throw fail('cantParseJson', 'reply keyboard markup');
  const markup = raw.value;
  if (!isObject(markup)) throw fail('markupNotObject');
  for (const field of BOOL_FIELDS) {
    if (field in markup && typeof markup[field] !== 'boolean' && !(field === 'force_reply' && markup[field] === 1)) {
      throw fail('markupFieldBoolean', field);
    }
  }
  if ('inline_keyboard' in markup) {
    const rows = markup.inline_keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
      throw fail('inlineKeyboardRows');
    }
    let count = 0;
    for (const row of rows as unknown[][]) {
      for (const button of row) {
        count++;
        checkInlineButton(button);
      }
      if (row.length > 8) throw fail('markupTooLong');
    }
    if (count > 100) throw fail('markupTooLong');
    return { kind: 'inline', value: markup };
  }
  if ('keyboard' in markup) {
    const rows = markup.keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) throw fail('keyboardRows');
    let count = 0;
    for (const row of rows as unknown[][]) {
      for (const button of row) {
        count++;
        if (typeof button === 'string') continue;
        if (!isObject(button)) throw fail('keyboardButton', 'expected an Object');
        if (typeof button.text !== 'string') throw fail('keyboardButton', 'Field "text" must be of type String');
      }
      if (row.length > 12) throw fail('markupTooLong');
    }
    if (count > 300) throw fail('markupTooLong');
    return { kind: 'reply', value: markup };
  }
  if ('remove_keyboard' in markup) return { kind: 'remove', value: markup };
  if ('force_reply' in markup) return { kind: 'force', value: markup };
  return undefined;
}

/**
 * A reply keyboard as Telegram keeps it (Client.cpp `get_reply_markup`, `get_keyboard_button`):
 * string buttons become `{ text }`, a button keeps its text, icon, style and the one request
 * it makes (`request_phone_number` is read as `request_contact`, `request_user` as
 * `request_users`), flags appear only when true (`personal_keyboard` is read as `selective`),
 * and any other field is dropped.
 * @internal
 */
export function storedReplyKeyboard(markup: Json): ReplyKeyboardMarkup {
  const rows = (markup.keyboard as unknown[][]).map((row) => row.map(storedButton));
  const out: Json = { keyboard: rows };
  if (markup.is_persistent === true) out.is_persistent = true;
  if (markup.resize_keyboard === true) out.resize_keyboard = true;
  if (markup.one_time_keyboard === true) out.one_time_keyboard = true;
  if (typeof markup.input_field_placeholder === 'string') out.input_field_placeholder = markup.input_field_placeholder;
  if (markup.selective === true || markup.personal_keyboard === true) out.selective = true;
  return out as unknown as ReplyKeyboardMarkup;
}

const REQUESTS = ['request_chat', 'request_managed_bot'] as const;

function storedButton(button: unknown): Json {
  if (typeof button === 'string') return { text: button };
  const b = button as Json;
  const out: Json = { text: b.text };
  if (b.icon_custom_emoji_id !== undefined) out.icon_custom_emoji_id = String(b.icon_custom_emoji_id);
  if (typeof b.style === 'string') out.style = b.style;
  if (b.request_contact === true || b.request_phone_number === true) out.request_contact = true;
  else if (b.request_location === true) out.request_location = true;
  else if (isObject(b.request_poll)) {
    const type = b.request_poll.type;
    out.request_poll = type === 'quiz' || type === 'regular' ? { type } : {};
  } else if (isObject(b.web_app)) out.web_app = { url: b.web_app.url };
  else {
    const request = isObject(b.request_users) ? b.request_users : isObject(b.request_user) ? b.request_user : undefined;
    if (request) out.request_users = { ...request };
    else for (const name of REQUESTS) if (isObject(b[name])) out[name] = { ...(b[name] as Json) };
  }
  return out;
}

function checkInlineButton(button: unknown): void {
  if (!isObject(button)) throw fail('inlineKeyboardButton', 'expected an Object');
  if (typeof button.text !== 'string') {
    throw fail('inlineKeyboardButton', 'Field "text" must be of type String');
  }
  const type = INLINE_TYPES.find((t) => t in button);
  if (type === undefined || (type === 'callback_data' && button.callback_data === '')) {
    throw fail('inlineKeyboardButton', 'Text buttons are unallowed in the inline keyboard');
  }
  if (type === 'callback_data') {
    const data = button.callback_data;
    if (typeof data !== 'string') {
      throw fail('inlineKeyboardButton', 'Field "callback_data" must be of type String');
    }
    if (encoder.encode(data).length > 64) throw fail('buttonDataInvalid');
  }
  if (type === 'url' && typeof button.url === 'string' && !/^(https?|tg):\/\//i.test(button.url)) {
    throw fail('buttonUrlInvalid');
  }
}

const TAGS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  pre: 'pre',
  a: 'text_link',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Parses Telegram's HTML subset into text and entities (offsets in UTF-16 units, like
 * Telegram). Unknown tags and unclosed tags fail with `can't parse entities: …`.
 * @internal
 */
export function parseHtml(html: string): { text: string; entities: Json[] } {
  let text = '';
  const entities: Json[] = [];
  const open: Array<{ tag: string; type: string; offset: number; extra: Json; at: number }> = [];
  let i = 0;
  const at = () => encoder.encode(html.slice(0, i)).length;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '&') {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i, i + 12));
      const name = m?.[1];
      const code = name?.startsWith('#') ? Number(name[1] === 'x' ? `0${name.slice(1)}` : name.slice(1)) : -1;
      if (name && (ENTITIES[name] || (code >= 0 && code <= 0x10ffff))) {
        text += ENTITIES[name] ?? String.fromCodePoint(code);
        i += m[0].length;
        continue;
      }
      text += c;
      i++;
      continue;
    }
    if (c !== '<') {
      text += c;
      i++;
      continue;
    }
    const end = html.indexOf('>', i);
    if (end < 0) throw fail('entities', `Unclosed start tag at byte offset ${at()}`);
    const body = html.slice(i + 1, end).trim();
    if (body.startsWith('/')) {
      const tag = body.slice(1).trim().toLowerCase();
      const top = open.pop();
      if (!top || (tag !== '' && top.tag !== tag)) {
        throw fail(
          'entities',
          `Unmatched end tag at byte offset ${at()}, expected "</${top?.tag ?? ''}>", found "</${tag}>"`,
        );
      }
      if (text.length > top.offset) {
        entities.push({ type: top.type, offset: top.offset, length: text.length - top.offset, ...top.extra });
      }
    } else {
      const tag = (/^[a-z-]+/i.exec(body)?.[0] ?? '').toLowerCase();
      const type = TAGS[tag];
      if (!type) throw fail('entities', `Unsupported start tag "${tag}" at byte offset ${at()}`);
      const extra: Json = {};
      const attr = /([a-z-]+)\s*=\s*"([^"]*)"|([a-z-]+)\s*=\s*'([^']*)'/gi;
      for (const m of body.matchAll(attr)) {
        const key = (m[1] ?? m[3] ?? '').toLowerCase();
        const value = (m[2] ?? m[4] ?? '').replace(/&amp;/g, '&');
        if (tag === 'a' && key === 'href') {
          const user = /^tg:\/\/user\?id=(\d+)$/.exec(value);
          if (user) extra.user = { id: Number(user[1]) };
          else extra.url = value;
        }
        if (tag === 'code' && key === 'class' && value.startsWith('language-')) extra.language = value.slice(9);
        if (tag === 'tg-emoji' && key === 'emoji-id') extra.custom_emoji_id = value;
      }
      let resolved = type;
      if (tag === 'a' && 'user' in extra) resolved = 'text_mention';
      open.push({ tag, type: resolved, offset: text.length, extra, at: at() });
    }
    i = end + 1;
  }
  const unclosed = open.pop();
  if (unclosed) {
    throw fail('entities', `Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  }
  entities.sort((a, b) => (a.offset as number) - (b.offset as number));
  return { text, entities };
}
