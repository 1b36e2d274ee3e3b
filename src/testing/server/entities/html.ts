import { toInt32, toIntegerSafe } from '../integers.js';
import { checkedLinkOrEmpty, linkUserId } from '../links.js';
import { failure, type Outcome, success } from '../outcome.js';
import { isValidUtf8, pushCodePoint } from '../text.js';
import { asciiLower, Bytes, isAlpha, isDigit, isHexDigit, isSpace, Output } from './bytes.js';
import { dateFlagsOf, type Entity, type EntityType, sortEntities } from './types.js';

/** Text and entities produced by a parse mode. @internal */
export interface ParsedText {
  readonly text: string;
  readonly entities: Entity[];
}

const TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  's',
  'strike',
  'del',
  'u',
  'ins',
  'tg-spoiler',
  'tg-emoji',
  'tg-time',
  'span',
  'pre',
  'code',
  'blockquote',
]);
const SIMPLE: Record<string, EntityType> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  u: 'underline',
  ins: 'underline',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
};
const NAMED: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34 };
const LT = 60;
const GT = 62;
const AMP = 38;

interface OpenTag {
  readonly tag: string;
  readonly argument: string;
  readonly date: number;
  readonly offset: number;
  readonly start: number;
}

/** An entity while it may still change (`<pre><code class="language-x">` merges into one). */
type Draft = { type: EntityType; offset: number; length: number; argument: string } & Partial<Entity>;

/**
 * Telegram's HTML parse mode, written after TDLib's `parse_html` (td/telegram/MessageEntity.cpp):
 * the tags `b strong i em u ins s strike del a code pre blockquote span tg-spoiler tg-emoji tg-time`
 * (names in any case), `&lt; &gt; &amp; &quot;` and numeric references (the `;` may be left
 * out; anything else stays literal), nested tags closed in order, `</>` closing the innermost
 * tag. Errors carry TDLib's text and UTF-8 byte offsets, without the `Can't parse entities: `
 * prefix (see `parseEntities`). Offsets of the entities are UTF-16 units.
 * @internal
 */
export function parseHtml(input: string): Outcome<ParsedText> {
  const src = new Bytes(input);
  const out = new Output();
  const open: OpenTag[] = [];
  const drafts: Draft[] = [];
  let decodedSurrogate = false;

  for (let i = 0; i < src.length; i++) {
    const byte = src.at(i);
    if (byte === AMP) {
      const decoded = decodeReference(src, i);
      if (decoded) {
        out.units += decoded.code > 0xffff ? 2 : 1;
        if (decoded.code >= 0xd800 && decoded.code <= 0xdfff) decodedSurrogate = true;
        pushCodePoint(out.bytes, decoded.code);
        i = decoded.next - 1;
        continue;
      }
    }
    if (byte !== LT) {
      out.copy(byte);
      continue;
    }

    const begin = i++;
    if (src.at(i) !== 47 /* '/' */) {
      const tag = readStartTag(src, begin);
      if (!tag.ok) return tag;
      i = tag.value.end;
      open.push({ ...tag.value, offset: out.units, start: out.size });
      continue;
    }

    if (open.length === 0) return failure(`Unexpected end tag at byte offset ${begin}`);
    while (!isSpace(src.at(i)) && src.at(i) !== GT) i++;
    const endName = asciiLower(src.text(begin + 2, i));
    while (isSpace(src.at(i)) && src.at(i) !== 0) i++;
    if (src.at(i) !== GT) return failure(`Unclosed end tag at byte offset ${begin}`);
    const top = open.pop()!;
    if (endName !== '' && endName !== top.tag) {
      return failure(`Unmatched end tag at byte offset ${begin}, expected "</${top.tag}>", found "</${endName}>"`);
    }
    if (out.units > top.offset) {
      const closed = closeTag(top, out, drafts);
      if (!closed.ok) return closed;
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) return failure(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);

  const entities = sortEntities(drafts.map(finish));
  if (decodedSurrogate && !isValidUtf8(out.bytes)) {
    return failure(
      'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
    );
  }
  return success({ text: out.text(), entities });
}

/** Reads `<tag attr=value …>` starting at `begin` (the `<`); `end` is the index of the `>`. */
function readStartTag(
  src: Bytes,
  begin: number,
): Outcome<{ tag: string; argument: string; date: number; end: number }> {
  let i = begin + 1;
  while (!isSpace(src.at(i)) && src.at(i) !== GT) i++;
  if (src.at(i) === 0) return failure(`Unclosed start tag at byte offset ${begin}`);
  const tag = asciiLower(src.text(begin + 1, i));
  if (!TAGS.has(tag)) return failure(`Unsupported start tag "${tag}" at byte offset ${begin}`);

  let argument = '';
  let date = 0;
  while (src.at(i) !== GT) {
    while (src.at(i) !== 0 && isSpace(src.at(i))) i++;
    if (src.at(i) === GT) break;
    const nameStart = i;
    while (!isSpace(src.at(i)) && !'=>/"\''.includes(String.fromCharCode(src.at(i)))) i++;
    const name = src.text(nameStart, i);
    if (name === '') return failure(`Empty attribute name in the tag "${tag}" at byte offset ${begin}`);
    while (src.at(i) !== 0 && isSpace(src.at(i))) i++;
    if (src.at(i) !== 61 /* '=' */) {
      if (src.at(i) === 0) return failure(`Unclosed start tag "${tag}" at byte offset ${begin}`);
      if (tag === 'blockquote' && name === 'expandable') argument = '1';
      continue;
    }
    i++;
    while (src.at(i) !== 0 && isSpace(src.at(i))) i++;
    if (src.at(i) === 0) return failure(`Unclosed start tag "${tag}" at byte offset ${begin}`);

    let value: string;
    const quote = src.at(i);
    if (quote !== 39 && quote !== 34) {
      // A name token: letters, digits, '.' and '-', not case sensitive.
      const tokenStart = i;
      while (isAlpha(src.at(i)) || isDigit(src.at(i)) || src.at(i) === 46 || src.at(i) === 45) i++;
      value = asciiLower(src.text(tokenStart, i));
      if (!isSpace(src.at(i)) && src.at(i) !== GT)
        return failure(`Unexpected end of name token at byte offset ${tokenStart}`);
    } else {
      const bytes: number[] = [];
      i++;
      while (src.at(i) !== quote && src.at(i) !== 0) {
        const decoded = src.at(i) === AMP ? decodeReference(src, i) : undefined;
        if (decoded) {
          pushCodePoint(bytes, decoded.code);
          i = decoded.next;
          continue;
        }
        bytes.push(src.at(i++));
      }
      if (src.at(i) === quote) i++;
      value = new TextDecoder().decode(Uint8Array.from(bytes));
    }
    if (src.at(i) === 0) return failure(`Unclosed start tag at byte offset ${begin}`);

    if (tag === 'a' && name === 'href') argument = value;
    else if (tag === 'code' && name === 'class' && value.startsWith('language-')) argument = value.slice(9);
    else if (tag === 'span' && name === 'class' && value.startsWith('tg-')) argument = value.slice(3);
    else if (tag === 'tg-emoji' && name === 'emoji-id') argument = value;
    else if (tag === 'blockquote' && name === 'expandable') argument = '1';
    else if (tag === 'tg-time' && name === 'unix') date = toInt32(value);
    else if (tag === 'tg-time' && name === 'format') argument = value;
  }
  if (tag === 'span' && argument !== 'spoiler') {
    return failure(`Tag "span" must have class "tg-spoiler" at byte offset ${begin}`);
  }
  return success({ tag, argument, date, end: i });
}

/** Adds the entity of a closed, non-empty tag. */
function closeTag(top: OpenTag, out: Output, drafts: Draft[]): Outcome<true> {
  const offset = top.offset;
  const length = out.units - offset;
  const add = (type: EntityType, extra: Partial<Draft> = {}) =>
    drafts.push({ type, offset, length, argument: '', ...extra });
  const last = drafts.at(-1);
  const sameSpan = last !== undefined && last.offset === offset && last.length === length;
  const simple = SIMPLE[top.tag];
  if (simple) add(simple);
  else if (top.tag === 'tg-emoji') {
    const id = toIntegerSafe(top.argument, 64);
    if (id === undefined || id === 0n) return failure('Invalid custom emoji identifier specified');
    add('custom_emoji', { customEmojiId: id.toString() });
  } else if (top.tag === 'tg-time') {
    const flags = dateFlagsOf(top.argument);
    if (flags === undefined) return failure('Invalid date format used');
    if (top.date > 0) add('date_time', { unixTime: top.date, dateFlags: flags });
  } else if (top.tag === 'a') {
    const url = top.argument === '' ? out.text(top.start) : top.argument;
    const userId = linkUserId(url);
    if (userId !== undefined) add('text_mention', { userId });
    else {
      const checked = checkedLinkOrEmpty(url);
      if (checked !== '') add('text_link', { url: checked });
    }
  } else if (top.tag === 'pre') {
    if (sameSpan && last.type === 'code' && last.argument !== '') last.type = 'pre_code';
    else add('pre');
  } else if (top.tag === 'code') {
    if (sameSpan && last.type === 'pre' && top.argument !== '') {
      last.type = 'pre_code';
      last.argument = top.argument;
    } else add('code', { argument: top.argument });
  } else add(top.argument === '' ? 'blockquote' : 'expandable_blockquote');
  return success(true);
}

/** A draft as a final entity: a plain `code` drops its language, `pre_code` keeps it. */
function finish(draft: Draft): Entity {
  const { argument, ...entity } = draft;
  return draft.type === 'pre_code' ? { ...entity, language: argument } : entity;
}

/**
 * An HTML character reference at `pos` (TDLib's `decode_html_entity`): `&#123;`, `&#x7b;`
 * (lower-case `x` only) or one of the four names; the `;` is optional. A zero, a value of
 * 0x10FFFF or more, or a reference of 10 or more characters is not decoded.
 */
function decodeReference(src: Bytes, pos: number): { code: number; next: number } | undefined {
  let end = pos + 1;
  let code = 0;
  if (src.at(pos + 1) === 35 /* '#' */) {
    end++;
    if (src.at(pos + 2) === 120 /* 'x' */) {
      end++;
      while (isHexDigit(src.at(end))) code = code * 16 + Number.parseInt(String.fromCharCode(src.at(end++)), 16);
    } else {
      while (isDigit(src.at(end))) code = code * 10 + src.at(end++) - 48;
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return undefined;
  } else {
    while (isAlpha(src.at(end))) end++;
    const named = NAMED[src.text(pos + 1, end)];
    if (named === undefined) return undefined;
    code = named;
  }
  return { code, next: src.at(end) === 59 /* ';' */ ? end + 1 : end };
}
