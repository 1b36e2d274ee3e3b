/**
 * JSON text of a method's result, equal to `JSON.stringify(value)`, but faster for messages:
 * what a message shares with others (its `from` and `chat`, and the message it replies to as a
 * reply shows it: in a topic, the topic's first message) is frozen, so its text is built once
 * and reused. The `listen()` loopback benchmark (test/bench/listen.bench.mjs) spent a third of
 * the emulator's own time in `JSON.stringify` before.
 */

/**
 * The text of objects that cannot change: plain objects and arrays, frozen, with data properties
 * only, and every object in them the same (users, chats, a replied-to message as a reply shows it).
 */
const constantTexts = new WeakMap<object, string>();

/** Frozen objects found to hold something that can change: not looked at again. */
const notConstant = new WeakSet<object>();

/** `"key":` for each key seen, escaped as `JSON.stringify` escapes it. */
const keyTexts = new Map<string, string>();

function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    // Keys are the Bot API's field names; a bound keeps odd input from growing the map.
    if (keyTexts.size < 4096) keyTexts.set(key, text);
  }
  return text;
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The kept text of an object that cannot change, built on first sight; `undefined` for any other
 * object. An accessor, a `toJSON`, a class instance (a `Date` changes although frozen) or an
 * object inside that is not frozen makes it one that can change.
 */
function constantText(value: object): string | undefined {
  const known = constantTexts.get(value);
  if (known !== undefined) return known;
  if (!Object.isFrozen(value) || notConstant.has(value)) return undefined;
  if (!isPlain(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    notConstant.add(value);
    return undefined;
  }
  // Marked first: an object met again inside itself (a cycle) is not constant, and
  // JSON.stringify then throws its own TypeError.
  notConstant.add(value);
  const descriptors = Object.getOwnPropertyDescriptors(value) as Record<string, PropertyDescriptor>;
  for (const key of Object.keys(descriptors)) {
    const descriptor = descriptors[key]!;
    if (!('value' in descriptor)) return undefined;
    const item: unknown = descriptor.value;
    if (typeof item === 'object' && item !== null && constantText(item) === undefined) return undefined;
  }
  notConstant.delete(value);
  const text = JSON.stringify(value);
  constantTexts.set(value, text);
  return text;
}

/** A nested object: a constant one's kept text, anything else member by member or through `JSON.stringify`. */
function nestedText(value: object, depth: number): string | undefined {
  const constant = constantText(value);
  if (constant !== undefined) return constant;
  if (depth === 0 || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return JSON.stringify(value);
  }
  return objectText(value as Record<string, unknown>, depth - 1);
}

/** The text of one member value, or `undefined` where `JSON.stringify` leaves the member out. */
function valueText(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? `${value}` : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : nestedText(value, depth);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      // A bigint: JSON.stringify throws its own TypeError.
      return JSON.stringify(value);
  }
}

/** An object's text, its members in `JSON.stringify`'s order (own enumerable string keys). */
function objectText(value: Record<string, unknown>, depth: number): string {
  let out = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const text = valueText(value[key], depth);
    if (text === undefined) continue;
    out += first ? keyText(key) : `,${keyText(key)}`;
    out += text;
    first = false;
  }
  return `${out}}`;
}

/**
 * `JSON.stringify(value)` for a result: objects up to three levels deep (a message and the
 * message it replies to, or a list of updates, their messages and the messages those reply to) are written member by member so that frozen users
 * and chats are serialised once; everything else goes to `JSON.stringify`.
 * @internal
 */
export function jsonText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      // JSON.stringify writes `null` for a missing, undefined, function or symbol item.
      const text = typeof item === 'object' && item !== null ? nestedText(item, 3) : valueText(item, 3);
      out += (i === 0 ? '' : ',') + (text ?? 'null');
    }
    return `${out}]`;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  return nestedText(value, 2)!;
}
