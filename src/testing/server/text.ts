/** UTF-8 and UTF-16 helpers shared by the server modules. */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The UTF-8 bytes of a string (a lone surrogate becomes U+FFFD; check {@link isWellFormed} first). @internal */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8 bytes. @internal */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * Whether a string has no lone surrogate, i.e. would pass TDLib's `check_utf8` once encoded
 * (tdutils/td/utils/utf8.cpp). Only a `\uD800`-style JSON escape can produce one.
 * @internal
 */
export function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

/** The number of Unicode code points (TDLib's `utf8_length`, used for every length limit). @internal */
export function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) i++;
    count++;
  }
  return count;
}

/** The number of UTF-8 bytes of a string, without encoding it. @internal */
export function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a byte starts a UTF-8 character (`is_utf8_character_first_code_unit`). @internal */
export function isLeadByte(byte: number): boolean {
  return (byte & 0xc0) !== 0x80;
}

/** UTF-16 units a UTF-8 lead byte stands for: 2 for 4-byte characters, else 1. @internal */
export function unitsOfLead(byte: number): number {
  return byte >= 0xf0 ? 2 : 1;
}

/** Appends a code point as UTF-8 (surrogates included, as TDLib's `append_utf8_character` does). @internal */
export function pushCodePoint(out: number[], code: number): void {
  if (code < 0x80) out.push(code);
  else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
  else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  else {
    out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
}

/** Whether bytes are UTF-8 without surrogates or overlong forms (TDLib's `check_utf8`). @internal */
export function isValidUtf8(bytes: ArrayLike<number>): boolean {
  for (let i = 0; i < bytes.length; ) {
    const a = bytes[i]!;
    if (a < 0x80) {
      i++;
      continue;
    }
    const size = a >= 0xf0 ? 4 : a >= 0xe0 ? 3 : a >= 0xc2 ? 2 : 0;
    if (size === 0 || a > 0xf4 || i + size > bytes.length) return false;
    for (let k = 1; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    const b = bytes[i + 1]!;
    if (size === 3 && ((a === 0xe0 && b < 0xa0) || (a === 0xed && b >= 0xa0))) return false;
    if (size === 4 && ((a === 0xf0 && b < 0x90) || (a === 0xf4 && b >= 0x90))) return false;
    i += size;
  }
  return true;
}
