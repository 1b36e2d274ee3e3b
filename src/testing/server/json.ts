import { failure, type Outcome, success } from './outcome.js';

/**
 * A JSON value as TDLib's decoder keeps it (tdutils/td/utils/JsonBuilder.h, `JsonValue`): numbers
 * stay text (so `1.50` and `"12"` can be read back exactly), and an object keeps its fields in
 * order, duplicates included (the first one wins when a field is read).
 * @internal
 */
export type JsonNode =
  | { readonly kind: 'null' }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'object'; readonly fields: ReadonlyArray<readonly [string, JsonNode]> };

/** The type names TDLib prints in `Field "x" must be of type …` (`JsonValue::get_type_name`). @internal */
export const JSON_TYPE_NAMES = {
  null: 'Null',
  number: 'Number',
  boolean: 'Boolean',
  string: 'String',
  array: 'Array',
  object: 'Object',
} as const satisfies Record<JsonNode['kind'], string>;

const MAX_DEPTH = 100;
const NULL: JsonNode = { kind: 'null' };
const NUMBER_START = new Set('-+.0123456789');
const NUMBER_CHAR = /[-0-9eE+.]/;
const WHITESPACE = new Set(' \t\r\n');

/**
 * Decodes JSON the way TDLib's `json_decode` does, which is more lenient than `JSON.parse`: a
 * number is any run of `-+.0-9eE` (kept as text), an unknown escape such as `\a` stands for the
 * character itself, raw control characters are allowed in strings, and a lone `\uD800` is kept.
 * Nesting deeper than 100 levels and text after the value are errors. The error messages are
 * TDLib's; the Bot API server only logs them and answers with its own text per parameter.
 * @internal
 */
export function decodeJson(text: string): Outcome<JsonNode> {
  const reader = new Reader(text);
  const value = reader.value(MAX_DEPTH);
  if (!value.ok) return value;
  reader.skipWhitespace();
  if (reader.index < text.length) return failure('Expected string end', 0);
  return value;
}

class Reader {
  index = 0;
  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    while (WHITESPACE.has(this.text[this.index] ?? '')) this.index++;
  }

  private skip(word: string): boolean {
    if (!this.text.startsWith(word, this.index)) return false;
    this.index += word.length;
    return true;
  }

  value(depth: number): Outcome<JsonNode> {
    if (depth < 0) return failure('Too big object depth', 0);
    this.skipWhitespace();
    const char = this.text[this.index];
    if (char === undefined || char === '\0') return failure('Unexpected string end', 0);
    if (char === 'f')
      return this.skip('false')
        ? success({ kind: 'boolean', value: false })
        : failure("Token starts with 'f' -- false expected", 0);
    if (char === 't')
      return this.skip('true')
        ? success({ kind: 'boolean', value: true })
        : failure("Token starts with 't' -- true expected", 0);
    if (char === 'n') return this.skip('null') ? success(NULL) : failure("Token starts with 'n' -- null expected", 0);
    if (char === '"') {
      const string = this.string();
      return string.ok ? success({ kind: 'string', value: string.value }) : string;
    }
    if (char === '[') return this.array(depth);
    if (char === '{') return this.object(depth);
    if (NUMBER_START.has(char)) {
      const start = this.index;
      while (NUMBER_CHAR.test(this.text[this.index] ?? '')) this.index++;
      return success({ kind: 'number', text: this.text.slice(start, this.index) });
    }
    const code = char.charCodeAt(0);
    return failure(code > 0 && code < 127 ? `Unexpected symbol '${char}'` : 'Unexpected symbol', 0);
  }

  private array(depth: number): Outcome<JsonNode> {
    this.index++;
    this.skipWhitespace();
    const items: JsonNode[] = [];
    if (this.skip(']')) return success({ kind: 'array', items });
    for (;;) {
      if (this.index >= this.text.length) return failure('Unexpected string end', 0);
      const item = this.value(depth - 1);
      if (!item.ok) return item;
      items.push(item.value);
      this.skipWhitespace();
      if (this.skip(']')) return success({ kind: 'array', items });
      if (this.skip(',')) continue;
      if (this.index >= this.text.length) return failure('Unexpected string end', 0);
      return failure('Unexpected symbol while parsing JSON Array', 0);
    }
  }

  private object(depth: number): Outcome<JsonNode> {
    this.index++;
    this.skipWhitespace();
    const fields: Array<readonly [string, JsonNode]> = [];
    if (this.skip('}')) return success({ kind: 'object', fields });
    for (;;) {
      if (this.index >= this.text.length) return failure('Unexpected string end', 0);
      const name = this.string();
      if (!name.ok) return name;
      this.skipWhitespace();
      if (!this.skip(':')) return failure("':' expected", 0);
      const item = this.value(depth - 1);
      if (!item.ok) return item;
      fields.push([name.value, item.value]);
      this.skipWhitespace();
      if (this.skip('}')) return success({ kind: 'object', fields });
      if (this.skip(',')) {
        this.skipWhitespace();
        continue;
      }
      if (this.index >= this.text.length) return failure('Unexpected string end', 0);
      return failure('Unexpected symbol while parsing JSON Object', 0);
    }
  }

  /** A string literal (TDLib's `json_string_decode`). */
  string(): Outcome<string> {
    if (!this.skip('"')) return failure("Opening '\"' expected", 0);
    let out = '';
    for (;;) {
      const char = this.text[this.index];
      if (char === undefined) return failure("Closing '\"' not found", 0);
      this.index++;
      if (char === '"') return success(out);
      if (char !== '\\') {
        out += char;
        continue;
      }
      const escaped = this.text[this.index];
      if (escaped === undefined) return failure("Closing '\"' not found", 0);
      this.index++;
      if (escaped === 'u') {
        const unit = this.hex4();
        if (!unit.ok) return unit;
        out += this.withPair(unit.value);
      } else out += ESCAPES[escaped] ?? escaped;
    }
  }

  private hex4(): Outcome<number> {
    if (this.index + 4 > this.text.length) return failure('\\u has less than 4 symbols', 0);
    const digits = this.text.slice(this.index, this.index + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) return failure('Invalid \\u -- not hex digit', 0);
    this.index += 4;
    return success(Number.parseInt(digits, 16));
  }

  /** A surrogate followed by another `\u` surrogate is combined (TDLib does not check their order). */
  private withPair(unit: number): string {
    if (unit < 0xd800 || unit > 0xdfff) return String.fromCharCode(unit);
    const next = /^\\u([0-9a-fA-F]{4})/.exec(this.text.slice(this.index, this.index + 6));
    const second = next ? Number.parseInt(next[1]!, 16) : -1;
    if (second < 0xd800 || second > 0xdfff) return String.fromCharCode(unit);
    this.index += 6;
    return String.fromCodePoint((((unit & 0x3ff) << 10) | (second & 0x3ff)) + 0x10000);
  }
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The first field of an object with this name (`JsonObject::get_field`). @internal */
export function fieldOf(node: JsonNode & { kind: 'object' }, name: string): JsonNode | undefined {
  for (const [key, value] of node.fields) if (key === name) return value;
  return undefined;
}
