/**
 * How the official server turns parameter text into numbers and booleans. It never refuses a
 * malformed number in a plain parameter: `td::to_integer` reads an optional `-` and the digits
 * that follow, stops at anything else and wraps around on overflow (tdutils/td/utils/misc.h,
 * `to_integer`). Only some JSON fields use the strict form (`to_integer_safe`).
 */

const LIMITS = { 32: 2n ** 32n, 64: 2n ** 64n } as const;

/**
 * `td::to_integer<int32|int64>`: an optional leading `-`, then decimal digits up to the first
 * other character; no spaces, no `+`; `""` and `"abc"` are 0; too many digits wrap around modulo
 * 2^bits as the C++ unsigned arithmetic does.
 * @internal
 */
export function toInteger(text: string, bits: 32 | 64 = 32): bigint {
  const modulus = LIMITS[bits];
  const max = modulus / 2n - 1n;
  let index = 0;
  let negative = false;
  if (text[0] === '-') {
    negative = true;
    index = 1;
  }
  let value = 0n;
  for (; index < text.length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) break;
    value = (value * 10n + BigInt(digit)) % modulus;
  }
  if (value > max) {
    // The magnitude does not fit: C++ negates it in two's complement and flips the sign.
    value = modulus - value;
    negative = !negative;
    if (value > max) return -(max + 1n);
  }
  return negative ? -value : value;
}

/** {@link toInteger} for 32 bits, as a number. @internal */
export function toInt32(text: string): number {
  // At most nine digits after an optional minus stay below 2^31: no wrap-around, no bigint.
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  let value = 0;
  let end = start;
  for (; end < text.length && end - start < 10; end++) {
    const digit = text.charCodeAt(end) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  if (end - start <= 9) return start === 1 && value !== 0 ? -value : value;
  return Number(toInteger(text, 32));
}

/**
 * `td::to_integer_safe`: the text must be exactly the decimal form of a value in range (so no
 * `+`, no leading zeros, no `-0`, no spaces); `undefined` otherwise.
 * @internal
 */
export function toIntegerSafe(text: string, bits: 32 | 64 = 32): bigint | undefined {
  const value = toInteger(text, bits);
  return value.toString() === text ? value : undefined;
}

/**
 * `Client::to_bool` (telegram-bot-api/Client.cpp): lower-cased and trimmed, `true`, `yes` and
 * `1` are true; anything else, the empty text included, is false.
 * @internal
 */
export function toBool(text: string | undefined): boolean {
  if (text === undefined) return false;
  const value = text.toLowerCase().replace(/^[ \t\r\n\0\v]+|[ \t\r\n\0\v]+$/g, '');
  return value === 'true' || value === 'yes' || value === '1';
}

/**
 * `Client::get_integer_arg`: an absent or empty parameter takes the default, anything else goes
 * through {@link toInt32}; the result is clamped to `[min, max]`.
 * @internal
 */
export function integerArg(
  text: string | undefined,
  defaultValue: number,
  min = -(2 ** 31),
  max = 2 ** 31 - 1,
): number {
  const value = text === undefined || text === '' ? defaultValue : toInt32(text);
  return Math.min(max, Math.max(min, value));
}

/**
 * `Client::get_message_id` and `Client::get_forum_topic_id`: absent or empty is 0, a negative
 * value is 0, anything else is {@link toInt32}.
 * @internal
 */
export function idArg(text: string | undefined): number {
  if (text === undefined || text === '') return 0;
  return Math.max(0, toInt32(text));
}
