import { fromUtf8, isLeadByte, unitsOfLead, utf8 } from '../text.js';

/**
 * The text a parser reads, as UTF-8 bytes, with TDLib's habit of reading a NUL past the end (the
 * parsers work on C strings, so `at(length)` is 0 and a look-ahead never fails).
 * @internal
 */
export class Bytes {
  readonly data: Uint8Array;
  constructor(text: string) {
    this.data = utf8(text);
  }
  get length(): number {
    return this.data.length;
  }
  at(index: number): number {
    return index < this.data.length ? this.data[index]! : 0;
  }
  /** The bytes `[from, to)` decoded (tag names and the like, for error texts). */
  text(from: number, to: number): string {
    return fromUtf8(this.data.subarray(from, to));
  }
}

/** The parsed text being built: its bytes and its length in UTF-16 units. @internal */
export class Output {
  readonly bytes: number[] = [];
  units = 0;
  /** Copies one input byte, counting UTF-16 units at character starts. */
  copy(byte: number): void {
    if (isLeadByte(byte)) this.units += unitsOfLead(byte);
    this.bytes.push(byte);
  }
  get size(): number {
    return this.bytes.length;
  }
  text(from = 0): string {
    return fromUtf8(Uint8Array.from(this.bytes.slice(from)));
  }
}

/** TDLib's `is_space`: space, tab, CR, LF, VT and NUL. @internal */
export const isSpace = (byte: number): boolean =>
  byte === 32 || byte === 9 || byte === 13 || byte === 10 || byte === 0 || byte === 11;
/** ASCII letter. @internal */
export const isAlpha = (byte: number): boolean => (byte | 0x20) >= 97 && (byte | 0x20) <= 122;
/** ASCII digit. @internal */
export const isDigit = (byte: number): boolean => byte >= 48 && byte <= 57;
/** ASCII hexadecimal digit. @internal */
export const isHexDigit = (byte: number): boolean => isDigit(byte) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 102);
/** ASCII lower-casing of a string (TDLib's `to_lower` leaves other characters alone). @internal */
export const asciiLower = (text: string): string => text.replace(/[A-Z]+/g, (part) => part.toLowerCase());
