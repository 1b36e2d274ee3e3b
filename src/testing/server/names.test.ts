import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanInputString,
  cleanInputStringSlowly,
  cleanName,
  cleanTopicName,
  isEmptyString,
  isPlainText,
  stripEmptyCharacters,
  stripEmptyCharactersSlowly,
} from './names.js';

// td/telegram/misc.cpp `clean_name`, `strip_empty_characters`, `clean_input_string`,
// `replace_offending_characters`, `is_empty_string`; topic names: td/telegram/Requests.cpp
// `on_request(createForumTopic)` (CLEAN_INPUT_STRING) and ForumTopicManager.cpp `create_forum_topic`.
describe('cleanTopicName (Requests.cpp CLEAN_INPUT_STRING + misc.cpp clean_name, 128)', () => {
  it.each([
    ['Topic', 'Topic'],
    ['  Topic  ', 'Topic'],
    ['a   b', 'a b'],
    ['a \n b', 'a b'],
    ['a\u00a0\u00a0b', 'a b'],
    ['a\u2003b', 'a b'],
    ['a\u3000\u3000b', 'a b'],
    ['line\nbreak', 'line break'],
    ['tab\tinside', 'tab inside'],
    ['cr\r\nlf', 'cr lf'],
    ['\u0007bell', 'bell'],
    ['a\u2028b', 'ab'],
    ['zero\u200bwidth', 'zero\u200bwidth'],
    ['\u200b\u200b', ''],
    ['\u200e\u00a0\ufeff', ''],
    ['   ', ''],
    ['', ''],
    ['a\u{e0041}b', 'a b'],
    ['😀 x', '😀 x'],
    ['x'.repeat(130), 'x'.repeat(128)],
    [`${'y'.repeat(127)}  z`, 'y'.repeat(127)],
    [`a${' '.repeat(200)}b`, 'a'],
    ['🙂'.repeat(129), '🙂'.repeat(128)],
  ])('%j becomes %j', (raw, name) => {
    expect(cleanTopicName(raw)).toEqual({ ok: true, value: name });
  });

  it('refuses a lone surrogate (Requests.cpp CLEAN_INPUT_STRING)', () => {
    expect(cleanTopicName('a\ud800')).toEqual({
      ok: false,
      error: { code: 400, message: 'Strings must be encoded in UTF-8' },
    });
  });
});

describe('cleanName keeps what clean_input_string did not touch (misc.cpp clean_name)', () => {
  it.each([
    ['a\tb', 'a\tb'],
    ['\ta\t', 'a'],
    ['a \u00a0 b', 'a b'],
  ])('%j becomes %j', (raw, name) => {
    expect(cleanName(raw, 128)).toBe(name);
  });
});

describe('stripEmptyCharacters and isEmptyString (misc.cpp)', () => {
  it.each([
    ['\u202e', 10, false, ''],
    ['a\u202eb', 10, false, 'a\u202eb'],
    ['a\u202eb', 10, true, 'a b'],
    ['abcdef', 3, false, 'abc'],
    ['ab   cd', 3, false, 'ab'],
  ] as const)('%j to %i (strip RLO: %s) is %j', (text, max, rlo, result) => {
    expect(stripEmptyCharacters(text, max, rlo)).toBe(result);
  });

  it.each([
    ['', true],
    [' \n ', true],
    ['\u200b\u200c\u200d', true],
    ['\u00a0', true],
    ['\t', true],
    ['a', false],
    ['\u2800', true],
  ])('%j empty: %s', (text, empty) => {
    expect(isEmptyString(text)).toBe(empty);
  });
});

describe('cleanInputString (misc.cpp clean_input_string)', () => {
  it.each([
    ['plain', 'plain'],
    ['a\u0000b', 'a b'],
    ['a\u001fb', 'a b'],
    ['a\nb', 'a\nb'],
    ['a\rb', 'ab'],
    ['a\u2029b\u202ac', 'abc'],
    ['a\u0333\u033f\u030ab', 'ab'],
    ['\u200f\u200f\u200f', '\u200c\u200c\u200f'],
    ['\u200e', '\u200e'],
  ])('%j becomes %j', (text, cleaned) => {
    expect(cleanInputString(text)).toBe(cleaned);
  });

  it('cuts below 35000 bytes', () => {
    expect(cleanInputString('a'.repeat(40000))).toHaveLength(34996);
  });

  it('refuses a lone surrogate', () => {
    expect(cleanInputString('\udc00')).toBeUndefined();
  });
});

describe('the ASCII fast paths', () => {
  // Deterministic pseudo-random ASCII texts, rich in spaces, newlines and control characters,
  // where the fast paths must answer exactly what the character-by-character paths answer.
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const ALPHABET = [' ', ' ', '\n', '\t', '\r', '\0', '\v', 'a', 'Z', '7', '~', '\x7f', '\x01', '\x1f'];
  const texts = Array.from({ length: 500 }, () =>
    Array.from({ length: next() % 12 }, () => ALPHABET[next() % ALPHABET.length]).join(''),
  );

  it('cleanInputString: the same as without the fast path', () => {
    for (const text of texts) expect(cleanInputString(text)).toBe(cleanInputStringSlowly(text));
  });

  it('stripEmptyCharacters: the same as without the fast path, cut or not', () => {
    for (const text of texts) {
      for (const max of [0, 1, 3, 128])
        expect(stripEmptyCharacters(text, max)).toBe(stripEmptyCharactersSlowly(text, max));
    }
  });
});

describe('isPlainText', () => {
  it('is printable ASCII and newlines, at most 34,996 characters (generated texts)', () => {
    const unit = fc.constantFrom('a', ' ', '~', '\n', '\t', '\r', '\u007f', '\u0080', 'é', '\u{1F600}', '\u0000');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        expect(isPlainText(text)).toBe(/^[\n\x20-\x7e]*$/.test(text));
      }),
      { numRuns: 1000 },
    );
    expect(isPlainText('a'.repeat(34996))).toBe(true);
    expect(isPlainText('a'.repeat(34997))).toBe(false);
  });
});
