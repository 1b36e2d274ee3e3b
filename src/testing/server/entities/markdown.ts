import { checkedLinkOrEmpty, linkUserId } from '../links.js';
import { failure, type Outcome, success } from '../outcome.js';
import { Bytes, isSpace, Output } from './bytes.js';
import type { ParsedText } from './html.js';
import { skipOneNewline } from './markdownV2.js';
import type { Entity } from './types.js';

const UNDERSCORE = 95;
const STAR = 42;
const BACKTICK = 96;
const BRACKET = 91;
const MARKS = new Set([UNDERSCORE, STAR, BACKTICK, BRACKET]);

/**
 * Telegram's legacy Markdown parse mode, written after TDLib's `parse_markdown`
 * (td/telegram/MessageEntity.cpp): `*bold*`, `_italic_`, `` `code` ``, ```` ```lang pre``` ````,
 * `[text](url)` and `[url]` (see `overwrittenText` for a quirk of the latter); entities do not nest (their content is copied as is), `\` escapes only
 * `_ * ` [`, and an entity that is never closed is the error
 * `Can't find end of the entity starting at byte offset N`. An empty entity is dropped, and then
 * the `(url)` after an empty `[]` stays in the text. Errors come without the
 * `Can't parse entities: ` prefix.
 * @internal
 */
export function parseMarkdown(input: string): Outcome<ParsedText> {
  const src = new Bytes(input);
  const out = new Output();
  const entities: Entity[] = [];

  for (let i = 0; i < src.length; i++) {
    const byte = src.at(i);
    const next = src.at(i + 1);
    if (byte === 92 /* '\' */ && MARKS.has(next)) {
      i++;
      out.units++;
      out.bytes.push(next);
      continue;
    }
    if (!MARKS.has(byte)) {
      out.copy(byte);
      continue;
    }

    const begin = i;
    const closing = byte === BRACKET ? 93 : byte;
    let pre = false;
    let language = '';
    i++;
    if (byte === BACKTICK && src.at(i) === BACKTICK && src.at(i + 1) === BACKTICK) {
      i += 2;
      pre = true;
      let end = i;
      while (!isSpace(src.at(end)) && src.at(end) !== BACKTICK) end++;
      if (end !== i && end < src.length && src.at(end) !== BACKTICK) {
        language = src.text(i, end);
        i = end;
      }
      i = skipOneNewline(src, i);
    }

    const offset = out.units;
    while (
      i < src.length &&
      (src.at(i) !== closing || (pre && !(src.at(i + 1) === BACKTICK && src.at(i + 2) === BACKTICK)))
    ) {
      out.copy(src.at(i++));
    }
    if (i === src.length) return failure(`Can't find end of the entity starting at byte offset ${begin}`);

    if (out.units !== offset) {
      const length = out.units - offset;
      if (byte === UNDERSCORE) entities.push({ type: 'italic', offset, length });
      else if (byte === STAR) entities.push({ type: 'bold', offset, length });
      else if (byte === BACKTICK) {
        if (!pre) entities.push({ type: 'code', offset, length });
        else if (language === '') entities.push({ type: 'pre', offset, length });
        else entities.push({ type: 'pre_code', offset, length, language });
      } else {
        let url: string;
        if (src.at(i + 1) !== 40 /* '(' */) url = overwrittenText(src, out, begin + 1, i);
        else {
          i += 2;
          const start = i;
          while (i < src.length && src.at(i) !== 41 /* ')' */) i++;
          url = src.text(start, i);
        }
        const userId = linkUserId(url);
        if (userId !== undefined) entities.push({ type: 'text_mention', offset, length, userId });
        else {
          const checked = checkedLinkOrEmpty(url);
          if (checked !== '') entities.push({ type: 'text_link', offset, length, url: checked });
        }
      }
    }
    if (pre) i += 2;
  }
  return success({ text: out.text(), entities });
}

/**
 * The bytes `[from, to)` of TDLib's buffer at this point. TDLib parses in place, writing the
 * output over the input, and reads the `[url]` form's URL back from input positions that the
 * output has partly overwritten: `[example.com]` at the start of a text links to `xample.comm`.
 * This quirk is what the source does, so the emulator does it too.
 */
function overwrittenText(src: Bytes, out: Output, from: number, to: number): string {
  const bytes: number[] = [];
  for (let p = from; p < to; p++) bytes.push(p < out.size ? out.bytes[p]! : src.at(p));
  return new TextDecoder().decode(Uint8Array.from(bytes));
}
