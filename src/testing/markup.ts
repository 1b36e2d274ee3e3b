import type { Args } from './args.js';

/** A Bot API failure: `error_code`, `description` and optional `parameters`. @internal */
export class Failure {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {}
}

/** A successful answer that also carries a `description` (setWebhook, deleteWebhook). @internal */
export class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

/** A 400 `Bad Request: <text>` failure. @internal */
export const bad = (text: string): Failure => new Failure(400, `Bad Request: ${text}`);

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
export function readMarkup(args: Args): Markup | undefined {
  const raw = args.json('reply_markup');
  if (raw === undefined) return undefined;
  if ('error' in raw) throw bad("can't parse reply keyboard markup JSON object");
  const markup = raw.value;
  if (!isObject(markup)) throw bad('object expected as reply markup');
  for (const field of BOOL_FIELDS) {
    if (field in markup && typeof markup[field] !== 'boolean' && !(field === 'force_reply' && markup[field] === 1)) {
      throw bad(`field "${field}" must be of type Boolean`);
    }
  }
  if ('inline_keyboard' in markup) {
    const rows = markup.inline_keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
      throw bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    }
    let count = 0;
    for (const row of rows as unknown[][]) {
      for (const button of row) {
        count++;
        checkInlineButton(button);
      }
      if (row.length > 8) throw bad('reply markup is too long');
    }
    if (count > 100) throw bad('reply markup is too long');
    return { kind: 'inline', value: markup };
  }
  if ('keyboard' in markup) {
    const rows = markup.keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) throw bad('field "keyboard" must be an Array of Arrays');
    let count = 0;
    for (const row of rows as unknown[][]) {
      for (const button of row) {
        count++;
        if (typeof button === 'string') continue;
        if (!isObject(button)) throw bad("can't parse keyboard button: expected an Object");
        if (typeof button.text !== 'string')
          throw bad(`can't parse keyboard button: Field "text" must be of type String`);
      }
      if (row.length > 12) throw bad('reply markup is too long');
    }
    if (count > 300) throw bad('reply markup is too long');
    return { kind: 'reply', value: markup };
  }
  if ('remove_keyboard' in markup) return { kind: 'remove', value: markup };
  if ('force_reply' in markup) return { kind: 'force', value: markup };
  return undefined;
}

function checkInlineButton(button: unknown): void {
  if (!isObject(button)) throw bad("can't parse inline keyboard button: expected an Object");
  if (typeof button.text !== 'string') {
    throw bad(`can't parse inline keyboard button: Field "text" must be of type String`);
  }
  const type = INLINE_TYPES.find((t) => t in button);
  if (type === undefined || (type === 'callback_data' && button.callback_data === '')) {
    throw bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  if (type === 'callback_data') {
    const data = button.callback_data;
    if (typeof data !== 'string') {
      throw bad(`can't parse inline keyboard button: Field "callback_data" must be of type String`);
    }
    if (encoder.encode(data).length > 64) throw bad('BUTTON_DATA_INVALID');
  }
  if (type === 'url' && typeof button.url === 'string' && !/^(https?|tg):\/\//i.test(button.url)) {
    throw bad('BUTTON_URL_INVALID');
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
    if (end < 0) throw bad(`can't parse entities: Unclosed start tag at byte offset ${at()}`);
    const body = html.slice(i + 1, end).trim();
    if (body.startsWith('/')) {
      const tag = body.slice(1).trim().toLowerCase();
      const top = open.pop();
      if (!top || (tag !== '' && top.tag !== tag)) {
        throw bad(
          `can't parse entities: Unmatched end tag at byte offset ${at()}, expected "</${top?.tag ?? ''}>", found "</${tag}>"`,
        );
      }
      if (text.length > top.offset) {
        entities.push({ type: top.type, offset: top.offset, length: text.length - top.offset, ...top.extra });
      }
    } else {
      const tag = (/^[a-z-]+/i.exec(body)?.[0] ?? '').toLowerCase();
      const type = TAGS[tag];
      if (!type) throw bad(`can't parse entities: Unsupported start tag "${tag}" at byte offset ${at()}`);
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
    throw bad(`can't parse entities: Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  }
  entities.sort((a, b) => (a.offset as number) - (b.offset as number));
  return { text, entities };
}
