import { decodeJson, type JsonNode } from '../json.js';
import { Fields } from '../jsonFields.js';
import { checkLink, linkUserId } from '../links.js';
import { cleanInputString } from '../names.js';
import { failure, type Outcome, prefixed, success } from '../outcome.js';
import { dateFlagsOf, type Entity } from './types.js';

/** Types a bot may send but the Bot API server drops, because Telegram finds them itself. */
const FOUND_BY_TELEGRAM = new Set([
  'mention',
  'hashtag',
  'cashtag',
  'bot_command',
  'url',
  'email',
  'phone_number',
  'bank_card_number',
]);
const SIMPLE = new Set([
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'spoiler',
  'code',
  'blockquote',
  'expandable_blockquote',
]);

/**
 * Reads an `entities`-style parameter (`entities`, `caption_entities`, `quote_entities` …) as the
 * official server does: text that is absent, empty, not JSON or not an array is ignored without an
 * error (`Client::get_input_entities`, Client.cpp); every item of an array is read by
 * `Client::get_text_entity`, and its errors are prefixed with `Can't parse MessageEntity: `. The
 * types Telegram detects itself (`mention`, `url`, `bot_command` …) are dropped. Then TDLib's
 * `get_message_entities` (MessageEntity.cpp) checks each entity's arguments.
 * @internal
 */
export function readEntitiesParameter(raw: string | undefined): Outcome<Entity[]> {
  if (raw === undefined || raw === '') return success([]);
  const decoded = decodeJson(raw);
  if (!decoded.ok || decoded.value.kind !== 'array') return success([]);
  return readEntityArray(decoded.value.items);
}

/** The items of an entities array (also used for `caption_entities` inside InputMedia). @internal */
export function readEntityArray(items: readonly JsonNode[]): Outcome<Entity[]> {
  const entities: Entity[] = [];
  for (const item of items) {
    const entity = prefixed(readEntity(item), "Can't parse MessageEntity: ", 400);
    if (!entity.ok) return entity;
    if (entity.value) entities.push(entity.value);
  }
  for (const [index, entity] of entities.entries()) {
    const checked = checkEntity(entity);
    if (!checked.ok) return checked;
    entities[index] = checked.value;
  }
  return success(entities);
}

/** One `MessageEntity` object (`Client::get_text_entity` and `get_text_entity_type`). */
function readEntity(item: JsonNode): Outcome<Entity | undefined> {
  if (item.kind !== 'object') return failure('expected an Object');
  const fields = new Fields(item);
  const offset = fields.int('offset', true);
  if (!offset.ok) return offset;
  const length = fields.int('length', true);
  if (!length.ok) return length;
  const type = fields.string('type', true);
  if (!type.ok) return type;
  const base = { offset: offset.value, length: length.value };
  const name = type.value;
  if (name === '') return failure('Type is not specified', 0);
  if (SIMPLE.has(name)) return success({ ...base, type: name as Entity['type'] });
  switch (name) {
    case 'pre': {
      const language = fields.string('language');
      if (!language.ok) return language;
      return success(
        language.value === '' ? { ...base, type: 'pre' } : { ...base, type: 'pre_code', language: language.value },
      );
    }
    case 'text_link': {
      const url = fields.string('url', true);
      return url.ok ? success({ ...base, type: 'text_link', url: url.value }) : url;
    }
    case 'text_mention': {
      const user = fields.typed('user', 'object', true);
      if (!user.ok) return user;
      const id = new Fields(user.value as JsonNode & { kind: 'object' }).long('id', true);
      return id.ok ? success({ ...base, type: 'text_mention', userId: Number(id.value) }) : id;
    }
    case 'custom_emoji': {
      const id = fields.long('custom_emoji_id', true);
      return id.ok ? success({ ...base, type: 'custom_emoji', customEmojiId: id.value.toString() }) : id;
    }
    case 'date_time': {
      const unixTime = fields.int('unix_time', true);
      if (!unixTime.ok) return unixTime;
      const format = fields.string('date_time_format');
      if (!format.ok) return format;
      // The Bot API checks the letters itself: 'r'/'R' alone, or any of t T d D w W.
      const flags = format.value === '' ? 0 : dateFlagsOf(format.value);
      if (flags === undefined) return failure('Invalid date-time format specified');
      return success({ ...base, type: 'date_time', unixTime: unixTime.value, dateFlags: flags });
    }
    default:
      if (FOUND_BY_TELEGRAM.has(name)) return success(undefined);
      return failure('Unsupported type specified', 0);
  }
}

/** TDLib's checks of an entity's arguments (`get_message_entities` from td_api entities). */
function checkEntity(entity: Entity): Outcome<Entity> {
  switch (entity.type) {
    case 'pre_code': {
      const language = cleanInputString(entity.language ?? '');
      if (language === undefined) return failure('MessageEntityPreCode.language must be encoded in UTF-8');
      return success({ ...entity, language });
    }
    case 'text_link': {
      const url = cleanInputString(entity.url ?? '');
      if (url === undefined) return failure('MessageEntityTextUrl.url must be encoded in UTF-8');
      const userId = linkUserId(url);
      if (userId !== undefined)
        return success({ type: 'text_mention', offset: entity.offset, length: entity.length, userId });
      const checked = checkLink(url);
      if (!checked.ok) return failure(`Entity ${checked.error.message}`);
      return success({ ...entity, url: checked.value });
    }
    case 'text_mention': {
      // For a bot any valid user id passes TDLib; Telegram may still refuse an unknown user.
      const id = entity.userId ?? 0;
      if (id <= 0 || id > 2 ** 40 - 1) return failure('User not found');
      return success(entity);
    }
    case 'custom_emoji':
      if (entity.customEmojiId === '0') return failure('Invalid custom emoji identifier specified');
      return success(entity);
    case 'date_time':
      if ((entity.unixTime ?? 0) <= 0) return failure('Invalid date specified');
      return success(entity);
    default:
      return success(entity);
  }
}
