import { describe, expect, it } from 'vitest';
import { type FixOptions, fixEntities, fixFormattedText, fixFormattedTextSlowly } from './fix.js';
import type { Entity, EntityType } from './types.js';

// Cases from td/telegram/MessageEntity.cpp `fix_formatted_text`, `fix_entities`,
// `clean_input_string_with_entities` and `remove_invalid_entities` (TDLib 49b3bcbb).
const FIX = 'td/telegram/MessageEntity.cpp fix_formatted_text';
const SPLIT = 'td/telegram/MessageEntity.cpp fix_entities/split_entities';

const e = (type: EntityType, offset: number, length: number, extra: Partial<Entity> = {}): Entity => ({
  type,
  offset,
  length,
  ...extra,
});

interface FixCase {
  name: string;
  text: string;
  entities: Entity[];
  options?: FixOptions;
  result: { text: string; entities: Entity[] } | string;
}

const cases: FixCase[] = [
  { name: 'plain text is kept', text: 'hello', entities: [], result: { text: 'hello', entities: [] } },
  {
    name: 'control characters become spaces',
    text: 'a\tb\u0001c',
    entities: [],
    result: { text: 'a b c', entities: [] },
  },
  { name: '\\r is removed', text: 'a\r\nb', entities: [], result: { text: 'a\nb', entities: [] } },
  { name: 'U+2028…U+202E are removed', text: 'a\u2028b\u202ec', entities: [], result: { text: 'abc', entities: [] } },
  { name: 'combining U+0333 is removed', text: 'a\u0333b', entities: [], result: { text: 'ab', entities: [] } },
  {
    name: 'runs of direction marks keep only the last',
    text: 'a\u200f\u200f\u200eb',
    entities: [],
    result: { text: 'a\u200c\u200c\u200eb', entities: [] },
  },
  {
    name: 'leading and trailing spaces/newlines are trimmed',
    text: ' \n a b \n ',
    entities: [],
    result: { text: 'a b', entities: [] },
  },
  {
    name: 'tabs at the ends become spaces, then are trimmed',
    text: '\tx\t',
    entities: [],
    result: { text: 'x', entities: [] },
  },
  {
    name: 'skipTrim keeps the spaces',
    text: '  a  ',
    entities: [],
    options: { skipTrim: true },
    result: { text: '  a  ', entities: [] },
  },
  { name: 'empty text is refused', text: '', entities: [], result: 'Text must be non-empty' },
  { name: 'only spaces is refused', text: ' \n ', entities: [], result: 'Text must be non-empty' },
  {
    name: 'only spaces is allowed for captions',
    text: ' \n ',
    entities: [],
    options: { allowEmpty: true },
    result: { text: '', entities: [] },
  },
  {
    name: 'only invisible characters is refused',
    text: '\u200b\u200b',
    entities: [],
    result: 'Text must be non-empty',
  },
  {
    name: 'only invisible characters, caption of a user: cleared',
    text: '\u200b',
    entities: [],
    options: { allowEmpty: true },
    result: { text: '', entities: [] },
  },
  {
    name: 'only invisible characters, caption of a bot: kept',
    text: '\u200b',
    entities: [],
    options: { allowEmpty: true, allowEmptyString: true },
    result: { text: '\u200b', entities: [] },
  },
  { name: 'a lone surrogate is not UTF-8', text: 'a\ud800', entities: [], result: 'Strings must be encoded in UTF-8' },
  {
    name: 'a lone surrogate with entities',
    text: 'a\ud800',
    entities: [e('bold', 0, 1)],
    result: 'Strings must be encoded in UTF-8',
  },
  {
    name: 'negative offset',
    text: 'abc',
    entities: [e('bold', -1, 1)],
    result: 'Receive an entity with incorrect offset -1',
  },
  {
    name: 'offset over 1000000',
    text: 'abc',
    entities: [e('bold', 1000001, 1)],
    result: 'Receive an entity with incorrect offset 1000001',
  },
  {
    name: 'negative length',
    text: 'abc',
    entities: [e('bold', 0, -2)],
    result: 'Receive an entity with incorrect length -2',
  },
  {
    name: 'zero length entity is dropped',
    text: 'abc',
    entities: [e('bold', 1, 0)],
    result: { text: 'abc', entities: [] },
  },
  {
    name: 'entity after the end',
    text: 'abc',
    entities: [e('bold', 5, 1)],
    result: 'Entity begins after the end of the text at UTF-16 offset 5',
  },
  {
    name: 'entity past the end',
    text: 'abc',
    entities: [e('bold', 1, 5)],
    result: 'Entity beginning at UTF-16 offset 1 ends after the end of the text at UTF-16 offset 6',
  },
  {
    name: 'entity starting at the end',
    text: 'abc',
    entities: [e('bold', 3, 1)],
    result: 'Entity beginning at UTF-16 offset 3 ends after the end of the text at UTF-16 offset 4',
  },
  {
    name: 'entity starting inside a surrogate pair',
    text: '😀a',
    entities: [e('bold', 1, 1)],
    result: 'Entity begins in a middle of a UTF-16 symbol at byte offset 4',
  },
  {
    name: 'entity ending inside a surrogate pair',
    text: '😀a',
    entities: [e('bold', 0, 1)],
    result: 'Entity beginning at UTF-16 offset 0 ends in a middle of a UTF-16 symbol at byte offset 4',
  },
  {
    name: 'removing \\r shrinks the entity around it',
    text: 'a\rb',
    entities: [e('bold', 0, 3)],
    result: { text: 'ab', entities: [e('bold', 0, 2)] },
  },
  {
    name: 'removing \\r shifts later entities',
    text: 'a\rbc',
    entities: [e('bold', 2, 2)],
    result: { text: 'abc', entities: [e('bold', 1, 2)] },
  },
  {
    name: 'trailing spaces cut the entity',
    text: 'ab  ',
    entities: [e('bold', 0, 4)],
    result: { text: 'ab', entities: [e('bold', 0, 2)] },
  },
  {
    name: 'an entity only on trailing spaces is dropped',
    text: 'ab  ',
    entities: [e('bold', 2, 2)],
    result: { text: 'ab', entities: [] },
  },
  {
    name: 'leading spaces shift entities',
    text: '  ab',
    entities: [e('bold', 2, 2)],
    result: { text: 'ab', entities: [e('bold', 0, 2)] },
  },
  {
    name: 'leading spaces inside an entity are kept',
    text: '  ab',
    entities: [e('bold', 0, 4)],
    result: { text: '  ab', entities: [e('bold', 0, 4)] },
  },
  {
    name: 'entities are sorted',
    text: 'abcd',
    entities: [e('italic', 2, 1), e('bold', 0, 1)],
    result: { text: 'abcd', entities: [e('bold', 0, 1), e('italic', 2, 1)] },
  },
  {
    name: 'a text link without URL is dropped',
    text: 'ab',
    entities: [e('text_link', 0, 1, { url: '' })],
    result: { text: 'ab', entities: [] },
  },
  {
    name: 'a custom emoji with id 0 is dropped',
    text: 'ab',
    entities: [e('custom_emoji', 0, 1, { customEmojiId: '0' })],
    result: { text: 'ab', entities: [] },
  },
  {
    name: 'entity on a removed \\r only disappears',
    text: 'a \r b',
    entities: [e('bold', 0, 5), e('underline', 2, 1)],
    options: { skipTrim: true },
    result: { text: 'a  b', entities: [e('bold', 0, 4)] },
  },
];

const split: Array<{ name: string; entities: Entity[]; result: Entity[] }> = [
  { name: 'touching italics merge', entities: [e('italic', 0, 2), e('italic', 2, 1)], result: [e('italic', 0, 3)] },
  { name: 'overlapping italics merge', entities: [e('italic', 0, 2), e('italic', 1, 2)], result: [e('italic', 0, 3)] },
  {
    name: 'separate italics stay',
    entities: [e('italic', 0, 1), e('italic', 2, 1)],
    result: [e('italic', 0, 1), e('italic', 2, 1)],
  },
  {
    name: 'duplicate entities collapse',
    entities: [e('italic', 1, 1), e('italic', 1, 1)],
    result: [e('italic', 1, 1)],
  },
  {
    name: 'crossing italic and bold are split to nest',
    entities: [e('italic', 0, 2), e('bold', 1, 2)],
    result: [e('italic', 0, 1), e('bold', 1, 2), e('italic', 1, 1)],
  },
  {
    // Nested splittable entities never count as valid, so the outer one is cut where the inner starts.
    name: 'bold is cut where a nested italic starts',
    entities: [e('bold', 0, 3), e('italic', 1, 1)],
    result: [e('bold', 0, 1), e('bold', 1, 2), e('italic', 1, 1)],
  },
  {
    name: 'bold inside a link is valid and untouched',
    entities: [e('text_link', 0, 3, { url: 'http://a.b/' }), e('bold', 1, 1)],
    result: [e('text_link', 0, 3, { url: 'http://a.b/' }), e('bold', 1, 1)],
  },
  {
    name: 'formatting inside pre is removed',
    entities: [e('pre', 0, 3), e('strikethrough', 1, 1)],
    result: [e('pre', 0, 3)],
  },
  { name: 'spoiler on pre is removed', entities: [e('spoiler', 0, 1), e('pre', 0, 1)], result: [e('pre', 0, 1)] },
  {
    name: 'formatting around code is cut at its borders',
    entities: [e('pre', 1, 1), e('strikethrough', 0, 3)],
    result: [e('strikethrough', 0, 1), e('pre', 1, 1), e('strikethrough', 2, 1)],
  },
  {
    name: 'pre inside a blockquote is allowed',
    entities: [e('blockquote', 0, 3), e('pre', 1, 1)],
    result: [e('blockquote', 0, 3), e('pre', 1, 1)],
  },
  {
    name: 'a blockquote inside pre is kept, the pre dropped',
    entities: [e('pre', 0, 3), e('blockquote', 1, 1)],
    result: [e('blockquote', 1, 1)],
  },
  {
    name: 'overlapping links keep the first',
    entities: [e('text_link', 0, 3, { url: 'http://a.b/' }), e('text_link', 2, 2, { url: 'http://c.d/' })],
    result: [e('text_link', 0, 3, { url: 'http://a.b/' })],
  },
  {
    name: 'a link crossing a blockquote border is dropped',
    entities: [e('blockquote', 0, 2), e('text_link', 1, 2, { url: 'http://a.b/' })],
    result: [e('blockquote', 0, 2)],
  },
  {
    name: 'underline around strikethrough',
    entities: [e('underline', 0, 2), e('strikethrough', 1, 1)],
    result: [e('underline', 0, 1), e('underline', 1, 1), e('strikethrough', 1, 1)],
  },
];

describe('fixFormattedText', () => {
  it.each(cases)(`$name (${FIX})`, ({ text, entities, options, result }) => {
    const expected =
      typeof result === 'string' ? { ok: false, error: { code: 400, message: result } } : { ok: true, value: result };
    expect(fixFormattedText(text, entities, options)).toEqual(expected);
  });

  // A sweep over every single-entity placement on a text with a removed \r
  // (fix_formatted_text + clean_input_string_with_entities).
  const sweep: Array<[EntityType, number, number]> = [];
  for (const type of ['bold', 'text_link', 'text_mention'] as const) {
    for (let length = 1; length <= 3; length++)
      for (let offset = 0; offset + length <= 12; offset++) sweep.push([type, offset, length]);
  }
  it.each(sweep)(`%s at %i+%i on "aba \\r\\n caba " (${FIX})`, (type, offset, length) => {
    const extra = type === 'text_link' ? { url: 'http://t.me/' } : type === 'text_mention' ? { userId: 1 } : {};
    const result = fixFormattedText('aba \r\n caba ', [e(type, offset, length, extra)], {
      allowEmpty: true,
      skipTrim: true,
    });
    let fixedLength = offset <= 4 && offset + length >= 5 ? length - 1 : length;
    const fixedOffset = offset >= 5 ? offset - 1 : offset;
    while (fixedOffset + fixedLength > 11) fixedLength--;
    const entities = fixedLength > 0 ? [e(type, fixedOffset, fixedLength, extra)] : [];
    expect(result).toEqual({ ok: true, value: { text: 'aba \n caba ', entities } });
  });
});

describe('fixEntities', () => {
  it.each(split)(`$name (${SPLIT})`, ({ entities, result }) => {
    expect(fixEntities(entities)).toEqual(result);
  });
});

describe('fixFormattedText: the fast path for plain text', () => {
  // Deterministic pseudo-random texts without entities, rich in spaces and newlines (and some
  // characters the fast path leaves to the full one), under every option: the same answer.
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const ALPHABET = [' ', ' ', '\n', '\n', 'a', '*', '~', '\t', '\r', '\u00a0', '\u200b', 'é'];
  const texts = Array.from({ length: 400 }, () =>
    Array.from({ length: next() % 10 }, () => ALPHABET[next() % ALPHABET.length]).join(''),
  );
  const OPTIONS: FixOptions[] = [{}, { allowEmpty: true }, { allowEmpty: true, allowEmptyString: true }];

  it(`answers what the full path answers at the length where clean_input_string cuts (${FIX})`, () => {
    for (const length of [34995, 34996, 34997, 35000, 35001]) {
      const text = 'a'.repeat(length);
      expect(fixFormattedText(text, [])).toEqual(fixFormattedTextSlowly(text, []));
    }
  });

  it(`answers what the full path answers (${FIX})`, () => {
    for (const text of texts) {
      for (const options of OPTIONS)
        expect(fixFormattedText(text, [], options)).toEqual(fixFormattedTextSlowly(text, [], options));
    }
  });
});
