import { failure, type Outcome, success } from './outcome.js';
import { isWellFormed } from './text.js';

/** TDLib cuts every cleaned input string to this many bytes (td/telegram/misc.cpp, "server-side limit"). */
const INPUT_LIMIT_BYTES = 35000;
/** A forum topic title keeps at most 128 code points (ForumTopicManager.h, `MAX_FORUM_TOPIC_TITLE_LENGTH`). */
export const TOPIC_NAME_MAX_LENGTH = 128;

// Characters that TDLib's strip_empty_characters turns into a plain space (td/telegram/misc.cpp).
const SPACE_LIKE = new Set([
  0x1680, 0x180e, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f,
  0x205f, 0x2800, 0x3000, 0xfffc,
]);
// Characters that do not make a string non-empty: zero-width space … right-to-left mark, RLO, BOM, NBSP.
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202e, 0xfeff, 0xa0]);
const ASCII_SPACE = /^[ \t\r\n\0\v]+|[ \t\r\n\0\v]+$/g;

const trim = (text: string): string => text.replace(ASCII_SPACE, '');

// Fast paths for the common text (a bot's messages are mostly plain ASCII): none of TDLib's
// replacements applies to printable ASCII and newlines, and no ASCII character is space-like
// or invisible. The slow paths below give the same result for such text; these only skip work.
const ASCII = /^[^\u0080-\uffff]*$/;
const VISIBLE_ASCII = /[^ \n]/;

/**
 * TDLib's `clean_input_string` (td/telegram/misc.cpp), applied to nearly every string a bot sends:
 * control characters other than `\n` become spaces, `\r` is dropped, U+2028–U+202E and the
 * combining marks U+0333, U+033F and U+030A are removed, a run of left-to-right/right-to-left marks
 * keeps only its last mark (the others become U+200C), and the text is cut below 35000 bytes.
 * `undefined` when the text is not valid UTF-8 (TDLib: `Strings must be encoded in UTF-8`).
 * @internal
 */
export function cleanInputString(text: string): string | undefined {
  if (isPlainText(text)) return text;
  return cleanInputStringSlowly(text);
}

/**
 * Printable ASCII and newlines, short enough not to be cut: a text that `clean_input_string`
 * leaves as it is, and whose every other character is visible.
 * @internal
 */
export function isPlainText(text: string): boolean {
  if (text.length > INPUT_LIMIT_BYTES - 4) return false;
  // A loop rather than a regular expression: cheaper for the short texts of most calls.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && (code < 0x20 || code > 0x7e)) return false;
  }
  return true;
}

/** {@link cleanInputString} without its fast path (the tests compare the two). @internal */
export function cleanInputStringSlowly(text: string): string | undefined {
  if (!isWellFormed(text)) return undefined;
  let out = '';
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    let kept = char;
    if (code === 13) continue;
    if (code < 32 && code !== 10) kept = ' ';
    else if ((code >= 0x2028 && code <= 0x202e) || code === 0x333 || code === 0x33f || code === 0x30a) continue;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > INPUT_LIMIT_BYTES - 4) break;
    out += kept;
    bytes += size;
  }
  return replaceOffendingMarks(out);
}

/** In every run of U+200E/U+200F marks all but the last become U+200C (TDLib's `replace_offending_characters`). */
function replaceOffendingMarks(text: string): string {
  return text.replace(/[\u200e\u200f]{2,}/g, (run) => '\u200c'.repeat(run.length - 1) + run.slice(-1));
}

/**
 * TDLib's `strip_empty_characters(str, max_length)` (td/telegram/misc.cpp): space-like characters
 * (U+2000–U+200A, U+3000, U+2800, tag characters U+E0000–U+E007F, …) become spaces, the text is
 * trimmed, cut to `maxLength` code points and trimmed again; a text made only of spaces, newlines
 * and invisible characters (zero-width space/joiners, direction marks, BOM, no-break space) is
 * empty.
 * @internal
 */
export function stripEmptyCharacters(text: string, maxLength: number, stripRightToLeftOverride = false): string {
  if (ASCII.test(text)) {
    const trimmed = trim(trim(text).slice(0, maxLength));
    return VISIBLE_ASCII.test(trimmed) ? trimmed : '';
  }
  return stripEmptyCharactersSlowly(text, maxLength, stripRightToLeftOverride);
}

/** {@link stripEmptyCharacters} without its fast path (the tests compare the two). @internal */
export function stripEmptyCharactersSlowly(text: string, maxLength: number, stripRightToLeftOverride = false): string {
  let replaced = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const spaceLike =
      SPACE_LIKE.has(code) || (code >= 0xe0000 && code <= 0xe007f) || (code === 0x202e && stripRightToLeftOverride);
    replaced += spaceLike ? ' ' : char;
  }
  const trimmed = trim(Array.from(trim(replaced)).slice(0, maxLength).join(''));
  for (const char of trimmed) {
    const code = char.codePointAt(0)!;
    if (code !== 32 && code !== 10 && !INVISIBLE.has(code)) return trimmed;
  }
  return '';
}

/** TDLib's `is_empty_string`: nothing visible is left after {@link stripEmptyCharacters}. @internal */
export function isEmptyString(text: string): boolean {
  return stripEmptyCharacters(text, Number.MAX_SAFE_INTEGER) === '';
}

/**
 * TDLib's `clean_name(str, max_length)` (td/telegram/misc.cpp): {@link stripEmptyCharacters},
 * then every run of spaces, newlines and no-break spaces becomes one space, then a final trim.
 * The length cut happens before runs are collapsed, so a long name with runs of spaces can end up
 * shorter than `maxLength`. Tabs inside the name are kept.
 * @internal
 */
export function cleanName(text: string, maxLength: number): string {
  const stripped = stripEmptyCharacters(text, maxLength);
  return trim(stripped.replace(/[ \n\u00a0]+/g, ' '));
}

/**
 * A forum topic name as TDLib stores it: the request's `CLEAN_INPUT_STRING` (td/telegram/Requests.cpp,
 * `on_request(createForumTopic|editForumTopic)`), then `clean_name(name, 128)`
 * (ForumTopicManager::create_forum_topic / edit_forum_topic). The value may be empty: creating
 * then fails with `Name must be non-empty`, while editing with an empty `name` leaves it unchanged.
 * @internal
 */
export function cleanTopicName(raw: string): Outcome<string> {
  const cleaned = cleanInputString(raw);
  if (cleaned === undefined) return failure('Strings must be encoded in UTF-8');
  return success(cleanName(cleaned, TOPIC_NAME_MAX_LENGTH));
}
