import { describe, expect, it } from 'vitest';
import { decodeJson, type JsonNode } from './json.js';
import { Fields, toDouble } from './jsonFields.js';

// tdutils/td/utils/JsonBuilder.cpp `do_json_decode`, `json_string_decode`, `JsonObject` field
// readers; tdutils/td/utils/JsonBuilder.h `json_decode`.
const DECODE = 'JsonBuilder.cpp do_json_decode';
const FIELDS = 'JsonBuilder.cpp JsonObject::get_*_field';

describe('decodeJson', () => {
  it.each<[string, JsonNode]>([
    ['null', { kind: 'null' }],
    [' true ', { kind: 'boolean', value: true }],
    ['1.50', { kind: 'number', text: '1.50' }],
    ['-1e3', { kind: 'number', text: '-1e3' }],
    ['1.2.3', { kind: 'number', text: '1.2.3' }],
    ['+.5', { kind: 'number', text: '+.5' }],
    ['"a\\u00e9"', { kind: 'string', value: 'aé' }],
    ['"\\q"', { kind: 'string', value: 'q' }],
    ['"tab\there"', { kind: 'string', value: 'tab\there' }],
    ['"\\ud83d\\ude00"', { kind: 'string', value: '😀' }],
    ['"\\ud800x"', { kind: 'string', value: '\ud800x' }],
    ['[]', { kind: 'array', items: [] }],
    [
      '[1, "a"]',
      {
        kind: 'array',
        items: [
          { kind: 'number', text: '1' },
          { kind: 'string', value: 'a' },
        ],
      },
    ],
    [
      '{"a":1,"a":2}',
      {
        kind: 'object',
        fields: [
          ['a', { kind: 'number', text: '1' }],
          ['a', { kind: 'number', text: '2' }],
        ],
      },
    ],
  ])(`decodes %j (${DECODE})`, (text, node) => {
    expect(decodeJson(text)).toEqual({ ok: true, value: node });
  });

  it(`accepts 101 nested arrays (${DECODE}, depth 100)`, () => {
    expect(decodeJson('['.repeat(101) + ']'.repeat(101)).ok).toBe(true);
  });

  it.each([
    ['', 'Unexpected string end'],
    ['nul', "Token starts with 'n' -- null expected"],
    ['tru', "Token starts with 't' -- true expected"],
    ['{"a" 1}', "':' expected"],
    ['[1 2]', 'Unexpected symbol while parsing JSON Array'],
    ['{"a":1 "b":2}', 'Unexpected symbol while parsing JSON Object'],
    ['[1,', 'Unexpected string end'],
    ['"abc', "Closing '\"' not found"],
    ['"\\u12zz"', 'Invalid \\u -- not hex digit'],
    ['"\\u12"', '\\u has less than 4 symbols'],
    ['"\\u1"', '\\u has less than 4 symbols'],
    ['{1:2}', "Opening '\"' expected"],
    ['1 2', 'Expected string end'],
    ['@', "Unexpected symbol '@'"],
    ['['.repeat(102) + ']'.repeat(102), 'Too big object depth'],
  ])(`refuses %j with %j (${DECODE})`, (text, message) => {
    expect(decodeJson(text)).toEqual({ ok: false, error: { code: 0, message } });
  });
});

const object = (text: string) => {
  const decoded = decodeJson(text);
  if (!decoded.ok || decoded.value.kind !== 'object') throw new Error('not an object');
  return new Fields(decoded.value);
};

describe('Fields', () => {
  it.each([
    ['{"f":true}', 'bool', { ok: true, value: true }],
    ['{}', 'bool', { ok: true, value: false }],
    ['{"f":null}', 'bool', { ok: false, error: { code: 400, message: 'Field "f" must be of type Boolean' } }],
    ['{"f":"true"}', 'bool', { ok: false, error: { code: 400, message: 'Field "f" must be of type Boolean' } }],
    ['{"f":12}', 'int', { ok: true, value: 12 }],
    ['{"f":"12"}', 'int', { ok: true, value: 12 }],
    ['{"f":"12a"}', 'int', { ok: false, error: { code: 400, message: 'Field "f" must be a valid Number' } }],
    ['{"f":1.0}', 'int', { ok: false, error: { code: 400, message: 'Field "f" must be a valid Number' } }],
    ['{"f":2147483648}', 'int', { ok: false, error: { code: 400, message: 'Field "f" must be a valid Number' } }],
    ['{"f":true}', 'int', { ok: false, error: { code: 400, message: 'Field "f" must be a Number' } }],
    ['{"f":"x"}', 'string', { ok: true, value: 'x' }],
    ['{"f":1.50}', 'string', { ok: true, value: '1.50' }],
    ['{"f":false}', 'string', { ok: false, error: { code: 400, message: 'Field "f" must be of type String' } }],
    ['{"f":2.5}', 'double', { ok: true, value: 2.5 }],
    ['{"f":"2.5"}', 'double', { ok: false, error: { code: 400, message: 'Field "f" must be of type Number' } }],
    ['{"f":1,"f":"x"}', 'int', { ok: true, value: 1 }],
  ] as const)(`%s read as %s (${FIELDS})`, (text, kind, result) => {
    const fields = object(text);
    const read =
      kind === 'bool'
        ? fields.bool('f')
        : kind === 'int'
          ? fields.int('f')
          : kind === 'string'
            ? fields.string('f')
            : fields.double('f');
    expect(read).toEqual(result);
  });

  it.each(['bool', 'int', 'long', 'string', 'double'] as const)(`a missing required %s field (${FIELDS})`, (kind) => {
    const fields = object('{}');
    expect(fields[kind]('f', true)).toEqual({ ok: false, error: { code: 400, message: 'Can\'t find field "f"' } });
  });

  it(`a 64-bit field keeps ids above 2^53 (${FIELDS})`, () => {
    expect(object('{"f":"5368324170671202286"}').long('f')).toEqual({ ok: true, value: 5368324170671202286n });
  });

  it.each([
    ['{"f":[]}', 'object', 'Field "f" must be of type Object'],
    ['{"f":{}}', 'array', 'Field "f" must be of type Array'],
    ['{"f":null}', 'array', 'Field "f" must be of type Array'],
  ] as const)(`extracting %s as %s (JsonBuilder.cpp extract_optional_field)`, (text, kind, message) => {
    expect(object(text).typed('f', kind)).toEqual({ ok: false, error: { code: 400, message } });
  });

  it.each([
    ['1.5', 1.5],
    [' 2', 2],
    ['3abc', 3],
    ['abc', 0],
    ['-.5e1', -5],
  ] as const)('toDouble(%j) is %d (misc.cpp to_double)', (text, value) => {
    expect(toDouble(text)).toBe(value);
  });
});
