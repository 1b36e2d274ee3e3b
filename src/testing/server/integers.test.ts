import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idArg, integerArg, toBool, toInt32, toInteger, toIntegerSafe } from './integers.js';

// tdutils/td/utils/misc.h `to_integer`, `to_integer_safe`; telegram-bot-api/Client.cpp `to_bool`,
// `get_integer_arg`, `get_message_id`, `get_forum_topic_id`.
describe('toInteger (misc.h to_integer)', () => {
  it.each([
    ['', 32, 0n],
    ['42', 32, 42n],
    ['-42', 32, -42n],
    ['12abc', 32, 12n],
    ['abc', 32, 0n],
    [' 5', 32, 0n],
    ['+5', 32, 0n],
    ['1.9', 32, 1n],
    ['-', 32, 0n],
    ['2147483647', 32, 2147483647n],
    ['2147483648', 32, -2147483648n],
    ['4294967295', 32, -1n],
    ['4294967296', 32, 0n],
    ['-2147483648', 32, -2147483648n],
    ['-1001234567890', 64, -1001234567890n],
    ['9223372036854775808', 64, -9223372036854775808n],
  ] as const)('%j as int%i is %s', (text, bits, value) => {
    expect(toInteger(text, bits)).toBe(value);
  });
});

describe('toIntegerSafe (misc.h to_integer_safe)', () => {
  it.each([
    ['42', 42n],
    ['-7', -7n],
    ['0', 0n],
    ['', undefined],
    ['007', undefined],
    ['+7', undefined],
    ['-0', undefined],
    ['1e3', undefined],
    ['2147483648', undefined],
  ] as const)('%j is %s', (text, value) => {
    expect(toIntegerSafe(text)).toBe(value);
  });
});

describe('toBool (Client.cpp to_bool)', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    [' yes ', true],
    ['1', true],
    ['false', false],
    ['0', false],
    ['on', false],
    ['', false],
    [undefined, false],
  ] as const)('%j is %s', (text, value) => {
    expect(toBool(text)).toBe(value);
  });
});

describe('integerArg and idArg (Client.cpp get_integer_arg, get_message_id)', () => {
  it.each([
    [undefined, 100, 1, 100, 100],
    ['', 100, 1, 100, 100],
    ['0', 100, 1, 100, 1],
    ['500', 100, 1, 100, 100],
    ['x', 100, 1, 100, 1],
    ['-3', 0, 0, 50, 0],
  ] as const)('integerArg(%j, default %i, %i…%i) is %i', (text, fallback, min, max, value) => {
    expect(integerArg(text, fallback, min, max)).toBe(value);
  });

  it.each([
    [undefined, 0],
    ['', 0],
    ['12', 12],
    ['-5', 0],
    ['7x', 7],
  ] as const)('idArg(%j) is %i', (text, value) => {
    expect(idArg(text)).toBe(value);
  });
});

describe('toInt32 (its fast path for short numbers)', () => {
  it('equals to_integer<int32> on generated texts', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '-', '+', 'x', ' '), maxLength: 14 });
    fc.assert(
      fc.property(fc.oneof(digits, fc.string({ maxLength: 14 })), (text) => {
        expect(toInt32(text)).toBe(Number(toInteger(text, 32)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['999999999', '-999999999', '1000000000', '2147483647', '2147483648', '-2147483649', '-0', '-', '', '0012'])(
    'equals to_integer<int32> at %j',
    (text) => {
      expect(toInt32(text)).toBe(Number(toInteger(text, 32)));
    },
  );
});
