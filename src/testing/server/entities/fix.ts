import { cleanInputString, isEmptyString, isPlainText } from '../names.js';
import { failure, type Outcome, success } from '../outcome.js';
import { byteLength, isWellFormed } from '../text.js';
import type { ParsedText } from './html.js';
import { ENTITY_TYPES, type Entity, type EntityType, sortEntities } from './types.js';

const SPLITTABLE: readonly EntityType[] = ['bold', 'italic', 'underline', 'strikethrough', 'spoiler'];
const kindOf = (entity: Entity) => ENTITY_TYPES[entity.type].kind;
const endOf = (entity: Entity) => entity.offset + entity.length;
const MAX_BYTES = 35000;

/** Whether a character code is a space or a newline (what a plain text's ends are trimmed of). */
const isEdgeSpace = (code: number): boolean => code === 32 || code === 10;

/** A text without its leading and trailing spaces and newlines. */
function trimEdgeSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeSpace(text.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Options of {@link fixFormattedText}. @internal */
export interface FixOptions {
  /** A caption may be empty; a message text may not (`Text must be non-empty`). */
  readonly allowEmpty?: boolean;
  /** Keep a text that is only invisible characters instead of clearing it (bots' captions). */
  readonly allowEmptyString?: boolean;
  /** Do not trim leading and trailing spaces and newlines. */
  readonly skipTrim?: boolean;
}

/**
 * What TDLib does to every formatted text a bot sends, after TDLib's `fix_formatted_text`
 * (td/telegram/MessageEntity.cpp): entity offsets and lengths must be within 0…1000000, empty
 * entities go, overlapping entities are repaired (`fix_entities`), control characters become
 * spaces and `\r` is removed with entities shifted to match, entities must start and end on
 * character boundaries and inside the text, leading and trailing spaces and newlines are trimmed,
 * and an empty result is refused unless allowed. Telegram's own detection of URLs, mentions,
 * hashtags and commands in the text is not part of this.
 * @internal
 */
export function fixFormattedText(
  input: string,
  given: readonly Entity[],
  options: FixOptions = {},
): Outcome<ParsedText> {
  // The common case, answered without the general machinery: no entities and printable ASCII
  // (with newlines), where cleaning changes nothing and every other character is visible.
  if (given.length === 0 && !options.skipTrim && isPlainText(input)) {
    const text = trimEdgeSpaces(input);
    if (text !== '') return success({ text, entities: [] });
    return options.allowEmpty ? success({ text: '', entities: [] }) : failure('Text must be non-empty');
  }
  return fixFormattedTextSlowly(input, given, options);
}

/** {@link fixFormattedText} without its fast path (the tests compare the two). @internal */
export function fixFormattedTextSlowly(
  input: string,
  given: readonly Entity[],
  options: FixOptions = {},
): Outcome<ParsedText> {
  let text: string;
  let entities = given.map((entity) => ({ ...entity }));
  if (entities.length === 0) {
    const cleaned = cleanInputString(input);
    if (cleaned === undefined) return failure('Strings must be encoded in UTF-8');
    text = cleaned;
  } else {
    if (!isWellFormed(input)) return failure('Strings must be encoded in UTF-8');
    for (const entity of entities) {
      if (entity.offset < 0 || entity.offset > 1000000)
        return failure(`Receive an entity with incorrect offset ${entity.offset}`);
      if (entity.length < 0 || entity.length > 1000000)
        return failure(`Receive an entity with incorrect length ${entity.length}`);
    }
    entities = fixEntities(removeEmptyEntities(entities));
    const cleaned = cleanWithEntities(input, entities);
    if (!cleaned.ok) return cleaned;
    text = cleaned.value;
  }

  if (entities.length > 0) entities = removeEmptyEntities(entities);
  const last = lastVisible(text);
  if (last === undefined) {
    if (options.allowEmpty) return success({ text: '', entities: [] });
    return failure('Text must be non-empty');
  }
  entities = fixEntities(entities);

  if (!options.skipTrim) {
    text = text.slice(0, last.index);
    entities = entities.filter((entity) => entity.offset < last.units);
    let cut = false;
    for (const entity of entities) {
      if (endOf(entity) > last.units) {
        entity.length = last.units - entity.offset;
        cut = true;
      }
    }
    if (cut) sortEntities(entities);
    const firstEntity = entities[0]?.offset ?? text.length;
    let lead = 0;
    while (lead < firstEntity && (text[lead] === ' ' || text[lead] === '\n')) lead++;
    if (lead > 0) {
      text = text.slice(lead);
      for (const entity of entities) entity.offset -= lead;
    }
  }

  if (isEmptyString(text)) {
    if (!options.allowEmpty) return failure('Text must be non-empty');
    if (!options.allowEmptyString) return success({ text: '', entities: [] });
  }
  if (byteLength(text) > MAX_BYTES) {
    text = cutToBytes(text, MAX_BYTES);
    entities = entities.filter((entity) => endOf(entity) <= text.length);
  }
  return success({ text, entities });
}

/** TDLib's `remove_empty_entities`: zero length, links without URL, invalid users, emoji and dates. */
export function removeEmptyEntities(entities: Entity[]): Entity[] {
  return entities.filter((entity) => {
    if (entity.length <= 0) return false;
    if (entity.type === 'text_link') return (entity.url ?? '') !== '';
    if (entity.type === 'text_mention') return (entity.userId ?? 0) > 0 && (entity.userId ?? 0) <= 2 ** 40 - 1;
    if (entity.type === 'custom_emoji') return (entity.customEmojiId ?? '0') !== '0';
    if (entity.type === 'date_time') return (entity.unixTime ?? 0) > 0;
    return true;
  });
}

/** The index after the last character that is not a space or newline, and its UTF-16 end. */
function lastVisible(text: string): { index: number; units: number } | undefined {
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] !== ' ' && text[i] !== '\n') return { index: i + 1, units: i + 1 };
  }
  return undefined;
}

function cutToBytes(text: string, limit: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = byteLength(char);
    if (bytes + size > limit) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * `clean_input_string` with entities kept in step (TDLib's `clean_input_string_with_entities`):
 * removed characters shrink the entities around them; an entity that starts or ends inside a
 * surrogate pair, or past the end of the text, is an error.
 */
function cleanWithEntities(text: string, entities: Entity[]): Outcome<string> {
  const stack: Array<{ entity: Entity; skippedBefore: number }> = [];
  let next = 0;
  let units = 0;
  let skipped = 0;
  let bytes = 0;
  let out = '';
  const codePoints = Array.from(text);
  for (let k = 0; k <= codePoints.length; k++) {
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const end = endOf(top.entity);
      if (units < end) break;
      if (units !== end) {
        return failure(
          `Entity beginning at UTF-16 offset ${top.entity.offset} ends in a middle of a UTF-16 symbol at byte offset ${bytes}`,
        );
      }
      top.entity.offset -= top.skippedBefore;
      top.entity.length -= skipped - top.skippedBefore;
      stack.pop();
    }
    while (next < entities.length && units >= entities[next]!.offset) {
      if (units !== entities[next]!.offset)
        return failure(`Entity begins in a middle of a UTF-16 symbol at byte offset ${bytes}`);
      stack.push({ entity: entities[next++]!, skippedBefore: skipped });
    }
    const char = codePoints[k];
    if (char === undefined) break;
    const code = char.codePointAt(0)!;
    units += char.length;
    bytes += byteLength(char);
    if (code === 13 || (code >= 0x2028 && code <= 0x202e) || code === 0x333 || code === 0x33f || code === 0x30a) {
      skipped += char.length;
      continue;
    }
    out += code < 32 && code !== 10 ? ' ' : char;
  }
  const pending = entities[next];
  if (pending) return failure(`Entity begins after the end of the text at UTF-16 offset ${pending.offset}`);
  const open = stack.at(-1);
  if (open) {
    return failure(
      `Entity beginning at UTF-16 offset ${open.entity.offset} ends after the end of the text at UTF-16 offset ${endOf(open.entity)}`,
    );
  }
  return success(out.replace(/[\u200e\u200f]{2,}/g, (run) => '\u200c'.repeat(run.length - 1) + run.slice(-1)));
}

/**
 * Repairs overlapping entities the way TDLib's `fix_entities` does: sorted; when the set is not
 * already valid, continuous entities (links, mentions, code, pre, custom emoji …) and blockquotes
 * keep only the first of any overlapping group, a continuous entity crossing a blockquote's border
 * is dropped, and bold/italic/underline/strikethrough/spoiler are merged when they touch and cut
 * into pieces at every border of the other entities, with the parts inside code or pre removed.
 * @internal
 */
export function fixEntities(input: Entity[]): Entity[] {
  const entities = sortEntities(input);
  if (areEntitiesValid(entities)) return entities;
  const splittable = entities.filter((entity) => kindOf(entity) === 'splittable');
  const quotes = entities.filter((entity) => kindOf(entity) === 'blockquote');
  let others = keepFirstOfOverlaps(
    entities.filter((entity) => kindOf(entity) === 'continuous' || kindOf(entity) === 'pre'),
  );
  if (quotes.length > 0) {
    const kept = keepFirstOfOverlaps(quotes);
    others = sortEntities([...others.filter((entity) => !crossesBlockquote(entity, kept)), ...kept]);
  }
  if (splittable.length === 0) return others;
  const pieces = splitAround(splittable, others);
  return others.length === 0 ? pieces : sortEntities([...others, ...pieces]);
}

/** TDLib's `are_entities_valid`: a sorted list that needs no repair. */
function areEntitiesValid(entities: readonly Entity[]): boolean {
  const lastEnd = new Map<EntityType, number>();
  const stack: Entity[] = [];
  for (const entity of entities) {
    while (stack.length > 0 && entity.offset >= endOf(stack.at(-1)!)) stack.pop();
    if (stack.length > 0) {
      const parent = stack.at(-1)!;
      const kinds = new Set(stack.map(kindOf));
      const kind = kindOf(entity);
      if (endOf(entity) > endOf(parent)) return false;
      if (stack.some((open) => open.type === entity.type)) return false;
      if (kindOf(parent) === 'pre') return false;
      if (kind === 'pre' && stack.some((open) => kindOf(open) !== 'blockquote')) return false;
      if ((kind === 'continuous' || kind === 'blockquote') && kinds.has('continuous')) return false;
      if (kind === 'blockquote' && kinds.has('blockquote')) return false;
      if (kinds.has('splittable')) return false;
    }
    if (kindOf(entity) === 'splittable') {
      if ((lastEnd.get(entity.type) ?? -1) >= entity.offset) return false;
      lastEnd.set(entity.type, endOf(entity));
    }
    stack.push(entity);
  }
  return true;
}

/** TDLib's `remove_intersecting_entities`: of overlapping or nested entities only the first stays. */
function keepFirstOfOverlaps(entities: readonly Entity[]): Entity[] {
  let lastEnd = 0;
  return entities.filter((entity) => {
    if (entity.offset < lastEnd) return false;
    lastEnd = endOf(entity);
    return true;
  });
}

/** Whether an entity crosses a border of the (sorted, disjoint) blockquotes. */
function crossesBlockquote(entity: Entity, quotes: readonly Entity[]): boolean {
  const quote = quotes.find((candidate) => endOf(candidate) > entity.offset);
  if (quote === undefined) return false;
  return endOf(quote) < endOf(entity) || (entity.offset < quote.offset && quote.offset < endOf(entity));
}

/** TDLib's `split_entities`: splittable entities merged per type and cut at the others' borders. */
function splitAround(splittable: readonly Entity[], others: readonly Entity[]): Entity[] {
  const begin = [0, 0, 0, 0, 0];
  const end = [0, 0, 0, 0, 0];
  const result: Entity[] = [];
  let k = 0;
  const flush = (offset: number) => {
    SPLITTABLE.forEach((type, index) => {
      if (end[index] === 0 || begin[index]! >= offset) return;
      if (end[index]! <= offset) {
        result.push({ type, offset: begin[index]!, length: end[index]! - begin[index]! });
        begin[index] = 0;
        end[index] = 0;
      } else {
        result.push({ type, offset: begin[index]!, length: offset - begin[index]! });
        begin[index] = offset;
      }
    });
  };
  const takeUntil = (limit: number) => {
    for (; k < splittable.length && splittable[k]!.offset < limit; k++) {
      const entity = splittable[k]!;
      const index = SPLITTABLE.indexOf(entity.type);
      if (end[index] !== 0 && entity.offset <= end[index]!) end[index] = Math.max(end[index]!, endOf(entity));
      else {
        flush(entity.offset);
        begin[index] = entity.offset;
        end[index] = endOf(entity);
      }
    }
    flush(limit);
  };
  const stack: Entity[] = [];
  const advance = (offset: number) => {
    while (stack.length > 0 && offset >= endOf(stack.at(-1)!)) {
      const closing = stack.pop()!;
      const before = result.length;
      takeUntil(endOf(closing));
      // Formatting inside code, pre or a date is dropped.
      if (kindOf(closing) === 'pre') result.length = before;
    }
    takeUntil(offset);
  };
  for (const other of others) {
    advance(other.offset);
    stack.push(other);
  }
  advance(Number.POSITIVE_INFINITY);
  return sortEntities(result);
}
