import { toIntegerSafe } from './integers.js';
import { fieldOf, JSON_TYPE_NAMES, type JsonNode } from './json.js';
import { failure, type Outcome, success } from './outcome.js';

/** A decoded JSON object. @internal */
export type JsonObjectNode = JsonNode & { kind: 'object' };

/**
 * Typed reads of the fields of a decoded JSON object with TDLib's texts
 * (tdutils/td/utils/JsonBuilder.cpp, `JsonObject::get_optional_*_field` and friends). A field set
 * to `null` is present: it fails every typed read (`Field "x" must be of type Boolean`).
 * @internal
 */
export class Fields {
  constructor(readonly node: JsonObjectNode) {}

  /** Whether the field is present (`has_field`), `null` included. */
  has(name: string): boolean {
    return fieldOf(this.node, name) !== undefined;
  }

  /** The raw field, `null` when absent (`extract_field`). */
  raw(name: string): JsonNode {
    return fieldOf(this.node, name) ?? { kind: 'null' };
  }

  /** A Boolean field; only `true` and `false` pass. */
  bool(name: string, required = false, fallback = false): Outcome<boolean> {
    const value = fieldOf(this.node, name);
    if (value === undefined) return required ? missing(name) : success(fallback);
    if (value.kind === 'boolean') return success(value.value);
    return failure(`Field "${name}" must be of type Boolean`);
  }

  /** A 32-bit integer field: a Number or a String holding exactly an integer. */
  int(name: string, required = false, fallback = 0): Outcome<number> {
    const value = this.integer(name, required, 32);
    if (!value.ok) return value;
    return success(value.value === undefined ? fallback : Number(value.value));
  }

  /** A 64-bit integer field (ids), as a bigint; absent is `fallback`. */
  long(name: string, required = false, fallback = 0n): Outcome<bigint> {
    const value = this.integer(name, required, 64);
    if (!value.ok) return value;
    return success(value.value ?? fallback);
  }

  /** A Number field read as a double; strings are refused. */
  double(name: string, required = false, fallback = 0): Outcome<number> {
    const value = fieldOf(this.node, name);
    if (value === undefined) return required ? missing(name) : success(fallback);
    if (value.kind === 'number') return success(toDouble(value.text));
    return failure(`Field "${name}" must be of type Number`);
  }

  /** A String field; a Number is accepted and read as its text. */
  string(name: string, required = false, fallback = ''): Outcome<string> {
    const value = fieldOf(this.node, name);
    if (value === undefined) return required ? missing(name) : success(fallback);
    if (value.kind === 'string') return success(value.value);
    if (value.kind === 'number') return success(value.text);
    return failure(`Field "${name}" must be of type String`);
  }

  /** A field of a given JSON type; absent is `null` unless required (`extract_*_field`). */
  typed(name: string, kind: Exclude<JsonNode['kind'], 'null'>, required = false): Outcome<JsonNode> {
    const value = fieldOf(this.node, name);
    if (value === undefined) return required ? failure(`Can't find field "${name}"`) : success({ kind: 'null' });
    if (value.kind !== kind) return failure(`Field "${name}" must be of type ${JSON_TYPE_NAMES[kind]}`);
    return success(value);
  }

  private integer(name: string, required: boolean, bits: 32 | 64): Outcome<bigint | undefined> {
    const value = fieldOf(this.node, name);
    if (value === undefined) return required ? missing(name) : success(undefined);
    const text = value.kind === 'string' ? value.value : value.kind === 'number' ? value.text : undefined;
    if (text === undefined) return failure(`Field "${name}" must be a Number`);
    const parsed = toIntegerSafe(text, bits);
    return parsed === undefined ? failure(`Field "${name}" must be a valid Number`) : success(parsed);
  }
}

function missing<T>(name: string): Outcome<T> {
  return failure(`Can't find field "${name}"`);
}

/** `td::to_double`: the longest leading decimal number, 0 when there is none. @internal */
export function toDouble(text: string): number {
  const match = /^[ \t\n\r\v\f]*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text);
  return match ? Number(match[0].trim()) : 0;
}
