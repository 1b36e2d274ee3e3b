import { checkedLinkOrEmpty, linkCustomEmojiId, linkDateFormat, linkUserId } from '../links.js';
import { failure, type Outcome, success } from '../outcome.js';
import { Bytes, Output } from './bytes.js';
import type { ParsedText } from './html.js';
import { dateFlagsOf, ENTITY_TYPES, type Entity, type EntityType, sortEntities } from './types.js';

const RESERVED = new Set('_*[]()~`>#+-=|{}.!\n'.split('').map((char) => char.charCodeAt(0)));
const BACKTICK = 96;
const NEWLINE = 10;
const CR = 13;

interface Open {
  type: EntityType;
  argument: string;
  /** UTF-16 offset where the entity starts in the output. */
  readonly offset: number;
  /** Byte offset of the opening mark in the input (for error texts). */
  readonly at: number;
  /** Output byte index where the entity's text starts. */
  readonly start: number;
}

const reservedError = (byte: number) =>
  failure<ParsedText>(
    `Character '${String.fromCharCode(byte)}' is reserved and must be escaped with the preceding '\\'`,
  );
const unclosed = (open: Open) =>
  failure<ParsedText>(`Can't find end of ${ENTITY_TYPES[open.type].name} entity at byte offset ${open.at}`);

/**
 * Telegram's MarkdownV2 parse mode, written after TDLib's `parse_markdown_v2`
 * (td/telegram/MessageEntity.cpp): `*bold*`, `_italic_`, `__underline__`, `~strike~`,
 * `||spoiler||`, `` `code` ``, ```` ```lang\npre``` ````, `[text](url)`, `![👍](tg://emoji?id=…)`
 * and `![time](tg://time?unix=…)`, `>` blockquotes (expandable when the last line ends with
 * `||`). Every character of `_*[]()~`>#+-=|{}.!` outside an entity mark must be escaped with `\`;
 * inside code and pre only `` ` `` and `\` are special. Errors carry TDLib's text and UTF-8 byte
 * offsets, without the `Can't parse entities: ` prefix.
 * @internal
 */
export function parseMarkdownV2(input: string): Outcome<ParsedText> {
  const src = new Bytes(input);
  const out = new Output();
  const stack: Open[] = [];
  const entities: Entity[] = [];
  let inBlockquote = false;
  let lineStart = true;

  for (let i = 0; i < src.length; i++) {
    const byte = src.at(i);
    const next = src.at(i + 1);
    if (byte === 92 /* '\' */ && next > 0 && next <= 126) {
      i++;
      out.units++;
      out.bytes.push(next);
      if (next !== CR) lineStart = next === NEWLINE;
      continue;
    }
    const top = stack.at(-1);
    const inCode = top !== undefined && ENTITY_TYPES[top.type].kind === 'pre' && top.type !== 'date_time';
    if (inCode ? byte !== BACKTICK : !RESERVED.has(byte)) {
      if ((byte & 0xc0) !== 0x80 && byte !== CR) lineStart = false;
      out.copy(byte);
      continue;
    }

    if (!endsEntity(src, i, top, inBlockquote)) {
      const start = i;
      let type: EntityType;
      let argument = '';
      switch (byte) {
        case 95: // '_'
          type = next === 95 ? 'underline' : 'italic';
          if (type === 'underline') i++;
          break;
        case 42: // '*'
          type = 'bold';
          break;
        case 126: // '~'
          type = 'strikethrough';
          break;
        case 124: // '|'
          if (next !== 124) return reservedError(byte);
          i++;
          type = 'spoiler';
          break;
        case 91: // '['
          type = 'text_link';
          break;
        case BACKTICK:
          if (next === BACKTICK && src.at(i + 2) === BACKTICK) {
            i += 3;
            type = 'pre';
            let end = i;
            while (!isSpaceByte(src.at(end)) && src.at(end) !== BACKTICK) end++;
            if (end !== i && end < src.length && src.at(end) !== BACKTICK) {
              type = 'pre_code';
              argument = src.text(i, end);
              i = end;
            }
            i = skipOneNewline(src, i) - 1;
          } else type = 'code';
          break;
        case 33: // '!'
          if (next !== 91) return reservedError(byte);
          i++;
          type = 'custom_emoji';
          break;
        case NEWLINE:
          out.units++;
          out.bytes.push(NEWLINE);
          lineStart = true;
          continue;
        case 62: // '>'
          if (!lineStart) return reservedError(byte);
          if (inBlockquote) continue;
          inBlockquote = true;
          type = 'blockquote';
          break;
        default:
          return reservedError(byte);
      }
      stack.push({ type, argument, offset: out.units, at: start, start: out.size });
      continue;
    }

    // The end of the innermost entity.
    let open = stack.at(-1)!;
    let type = open.type;
    if (byte === NEWLINE && type !== 'blockquote') {
      // Only a spoiler opened right before the newline may end a blockquote: it makes it expandable.
      const justOpened = open.at === i - 2 || (open.at === i - 3 && out.size > 0 && out.bytes.at(-1) === CR);
      if (type !== 'spoiler' || !justOpened) return unclosed(open);
      stack.pop();
      open = stack.at(-1)!;
      if (open.type !== 'blockquote') return unclosed(open);
      type = 'expandable_blockquote';
    }
    let skip = out.units === open.offset;
    const extra: { -readonly [K in keyof Entity]?: Entity[K] } = {};
    if (type === 'underline' || type === 'spoiler') i++;
    else if (type === 'pre' || type === 'pre_code') i += 2;
    else if (type === 'text_link') {
      let url: string;
      if (src.at(i + 1) !== 40 /* '(' */) url = out.text(open.start);
      else {
        const read = readUrl(src, i + 2);
        if (!read.ok) return read;
        ({ url, end: i } = read.value);
      }
      const userId = linkUserId(url);
      if (userId !== undefined) {
        type = 'text_mention';
        extra.userId = userId;
      } else {
        const checked = checkedLinkOrEmpty(url);
        if (checked === '') skip = true;
        else extra.url = checked;
      }
    } else if (type === 'custom_emoji') {
      if (src.at(i + 1) !== 40) return failure('The entity must contain a tg://emoji or tg://time URL');
      const read = readUrl(src, i + 2);
      if (!read.ok) return read;
      i = read.value.end;
      const emoji = linkCustomEmojiId(read.value.url);
      const time = emoji.ok ? undefined : linkDateFormat(read.value.url);
      if (emoji.ok) extra.customEmojiId = emoji.value;
      else if (time?.ok) {
        const flags = dateFlagsOf(time.value.format);
        if (flags === undefined) return failure('Invalid date format used');
        type = 'date_time';
        Object.assign(extra, { unixTime: time.value.unixTime, dateFlags: flags });
      } else return failure('Invalid tg://emoji or tg://time URL specified');
    } else if (type === 'blockquote' || type === 'expandable_blockquote') {
      // The newline that ends a blockquote belongs to it.
      inBlockquote = false;
      out.bytes.push(byte);
      out.units++;
      lineStart = true;
      skip = false;
    }
    if (!skip) {
      const entity: Entity = { type, offset: open.offset, length: out.units - open.offset, ...extra };
      entities.push(type === 'pre_code' ? { ...entity, language: open.argument } : entity);
    }
    stack.pop();
  }

  if (inBlockquote) {
    let type: EntityType = 'blockquote';
    const top = stack.at(-1)!;
    if (top.type === 'spoiler' && top.at === src.length - 2) {
      stack.pop();
      type = 'expandable_blockquote';
    }
    const quote = stack.at(-1);
    if (quote?.type === 'blockquote') {
      if (out.units !== quote.offset) entities.push({ type, offset: quote.offset, length: out.units - quote.offset });
      stack.pop();
    }
  }
  const left = stack.at(-1);
  if (left) return unclosed(left);
  return success({ text: out.text(), entities: sortEntities(entities) });
}

/** Whether the mark at `i` closes the innermost open entity. */
function endsEntity(src: Bytes, i: number, top: Open | undefined, inBlockquote: boolean): boolean {
  if (top === undefined) return false;
  const byte = src.at(i);
  const next = src.at(i + 1);
  if (inBlockquote && byte === NEWLINE && (i + 1 === src.length || next !== 62)) return true;
  switch (top.type) {
    case 'bold':
      return byte === 42;
    case 'italic':
      return byte === 95 && next !== 95;
    case 'underline':
      return byte === 95 && next === 95;
    case 'code':
      return byte === BACKTICK;
    case 'pre':
    case 'pre_code':
      return byte === BACKTICK && next === BACKTICK && src.at(i + 2) === BACKTICK;
    case 'text_link':
    case 'custom_emoji':
      return byte === 93; // ']'
    case 'strikethrough':
      return byte === 126;
    case 'spoiler':
      return byte === 124 && next === 124;
    default:
      return false;
  }
}

/** A `(url)` after `]`: `\` escapes any ASCII character; the end is the first unescaped `)`. */
function readUrl(src: Bytes, from: number): Outcome<{ url: string; end: number }> {
  const bytes: number[] = [];
  let i = from;
  while (i < src.length && src.at(i) !== 41 /* ')' */) {
    const next = src.at(i + 1);
    if (src.at(i) === 92 && next > 0 && next <= 126) {
      bytes.push(next);
      i += 2;
      continue;
    }
    bytes.push(src.at(i++));
  }
  if (src.at(i) !== 41) return failure(`Can't find end of a URL at byte offset ${from}`);
  return success({ url: new TextDecoder().decode(Uint8Array.from(bytes)), end: i });
}

/** TDLib's `is_space` on a byte. */
function isSpaceByte(byte: number): boolean {
  return byte === 32 || byte === 9 || byte === 13 || byte === 10 || byte === 0 || byte === 11;
}

/** After ```` ```lang ````: one `\n`, `\r`, `\r\n` or `\n\r` is skipped. Returns the new index. */
export function skipOneNewline(src: Bytes, i: number): number {
  const byte = src.at(i);
  if (byte !== NEWLINE && byte !== CR) return i;
  const next = src.at(i + 1);
  return (next === NEWLINE || next === CR) && next !== byte ? i + 2 : i + 1;
}
