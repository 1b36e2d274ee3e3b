import type { MessageEntity, User } from '../../../types/botApi.js';

/**
 * The entity types TDLib knows (td/telegram/MessageEntity.h, `MessageEntity::Type`), with the Bot
 * API's names; `pre_code` is a `pre` with a language.
 * @internal
 */
export type EntityType =
  | 'mention'
  | 'hashtag'
  | 'bot_command'
  | 'url'
  | 'email'
  | 'bold'
  | 'italic'
  | 'code'
  | 'pre'
  | 'pre_code'
  | 'text_link'
  | 'text_mention'
  | 'cashtag'
  | 'phone_number'
  | 'underline'
  | 'strikethrough'
  | 'blockquote'
  | 'bank_card_number'
  | 'media_timestamp'
  | 'spoiler'
  | 'custom_emoji'
  | 'expandable_blockquote'
  | 'date_time';

/** An entity as the server works on it; offsets and lengths are in UTF-16 code units. @internal */
export interface Entity {
  readonly type: EntityType;
  offset: number;
  length: number;
  /** `text_link` URL. */
  readonly url?: string;
  /** `pre_code` language. */
  readonly language?: string;
  /** `text_mention` user. */
  readonly userId?: number;
  /** `custom_emoji` id, decimal text (it exceeds 2^53). */
  readonly customEmojiId?: string;
  /** `date_time` Unix time. */
  readonly unixTime?: number;
  /** `date_time` format flags, see {@link DATE_FLAGS}. */
  readonly dateFlags?: number;
}

/** The format flags of a `date_time` entity (`MessageEntity::DateFlags`). @internal */
export const DATE_FLAGS = {
  relative: 1,
  shortTime: 2,
  longTime: 4,
  shortDate: 8,
  longDate: 16,
  dayOfWeek: 32,
} as const;

/** How an entity nests, after TDLib's type masks (MessageEntity.cpp `get_*_entities_mask`). @internal */
export type EntityClass = 'splittable' | 'blockquote' | 'continuous' | 'pre';

interface TypeInfo {
  /** Tie-break when offset and length are equal (`MessageEntity::get_type_priority`). */
  readonly priority: number;
  readonly kind: EntityClass;
  /** The name TDLib prints in `Can't find end of … entity` (`operator<<(MessageEntity::Type)`). */
  readonly name: string;
  /** Whether a bot may send it (`is_user_entity`); the rest are found by Telegram itself. */
  readonly user: boolean;
}

/** Facts per type, from td/telegram/MessageEntity.cpp. @internal */
export const ENTITY_TYPES: Record<EntityType, TypeInfo> = {
  mention: { priority: 50, kind: 'continuous', name: 'Mention', user: false },
  hashtag: { priority: 50, kind: 'continuous', name: 'Hashtag', user: false },
  bot_command: { priority: 50, kind: 'continuous', name: 'BotCommand', user: false },
  url: { priority: 50, kind: 'continuous', name: 'Url', user: false },
  email: { priority: 50, kind: 'continuous', name: 'EmailAddress', user: false },
  bold: { priority: 90, kind: 'splittable', name: 'Bold', user: true },
  italic: { priority: 91, kind: 'splittable', name: 'Italic', user: true },
  code: { priority: 20, kind: 'pre', name: 'Code', user: true },
  pre: { priority: 11, kind: 'pre', name: 'Pre', user: true },
  pre_code: { priority: 10, kind: 'pre', name: 'PreCode', user: true },
  text_link: { priority: 49, kind: 'continuous', name: 'TextUrl', user: true },
  text_mention: { priority: 49, kind: 'continuous', name: 'MentionName', user: true },
  cashtag: { priority: 50, kind: 'continuous', name: 'Cashtag', user: false },
  phone_number: { priority: 50, kind: 'continuous', name: 'PhoneNumber', user: false },
  underline: { priority: 92, kind: 'splittable', name: 'Underline', user: true },
  strikethrough: { priority: 93, kind: 'splittable', name: 'Strikethrough', user: true },
  blockquote: { priority: 0, kind: 'blockquote', name: 'BlockQuote', user: true },
  bank_card_number: { priority: 50, kind: 'continuous', name: 'BankCardNumber', user: false },
  media_timestamp: { priority: 50, kind: 'continuous', name: 'MediaTimestamp', user: false },
  spoiler: { priority: 94, kind: 'splittable', name: 'Spoiler', user: true },
  custom_emoji: { priority: 99, kind: 'continuous', name: 'CustomEmoji', user: true },
  expandable_blockquote: { priority: 0, kind: 'blockquote', name: 'ExpandableBlockQuote', user: true },
  date_time: { priority: 30, kind: 'pre', name: 'Date', user: true },
};

/** TDLib's entity order: by offset, then longer first, then by type priority (`MessageEntity::operator<`). @internal */
export function compareEntities(a: Entity, b: Entity): number {
  if (a.offset !== b.offset) return a.offset - b.offset;
  if (a.length !== b.length) return b.length - a.length;
  return ENTITY_TYPES[a.type].priority - ENTITY_TYPES[b.type].priority;
}

/** Sorts in place with {@link compareEntities} (a stable sort, as TDLib's checks expect). @internal */
export function sortEntities(entities: Entity[]): Entity[] {
  return entities.sort(compareEntities);
}

/** The `date_time` format letters the Bot API prints for flags (Client.cpp `JsonEntity`). @internal */
export function dateFormatOf(flags: number): string {
  if (flags & DATE_FLAGS.relative) return 'r';
  let format = flags & DATE_FLAGS.dayOfWeek ? 'w' : '';
  if (flags & DATE_FLAGS.shortDate) format += 'd';
  else if (flags & DATE_FLAGS.longDate) format += 'D';
  if (flags & DATE_FLAGS.shortTime) format += 't';
  else if (flags & DATE_FLAGS.longTime) format += 'T';
  return format;
}

/**
 * An entity in the Bot API's JSON, with the server's key order (offset, length, type, extras;
 * Client.cpp `JsonEntity`). `userOf` gives the `user` of a `text_mention`.
 * @internal
 */
export function toBotApiEntity(entity: Entity, userOf: (id: number) => User = defaultUser): MessageEntity {
  const base = { offset: entity.offset, length: entity.length };
  switch (entity.type) {
    case 'pre_code':
      return { ...base, type: 'pre', language: entity.language ?? '' };
    case 'text_link':
      return { ...base, type: 'text_link', url: entity.url ?? '' };
    case 'text_mention':
      return { ...base, type: 'text_mention', user: userOf(entity.userId ?? 0) };
    case 'custom_emoji':
      return { ...base, type: 'custom_emoji', custom_emoji_id: entity.customEmojiId ?? '0' };
    case 'date_time':
      // The server always prints the format, '' included.
      return {
        ...base,
        type: 'date_time',
        unix_time: entity.unixTime ?? 0,
        date_time_format: dateFormatOf(entity.dateFlags ?? 0),
      } as MessageEntity;
    default:
      return { ...base, type: entity.type } as MessageEntity;
  }
}

/**
 * The `entities` array of a message as the Bot API prints it: `bank_card_number` and
 * `media_timestamp` entities are left out (Client.cpp `JsonVectorEntities`).
 * @internal
 */
export function toBotApiEntities(entities: readonly Entity[], userOf?: (id: number) => User): MessageEntity[] {
  return entities
    .filter((entity) => entity.type !== 'bank_card_number' && entity.type !== 'media_timestamp')
    .map((entity) => toBotApiEntity(entity, userOf));
}

function defaultUser(id: number): User {
  return { id, is_bot: false, first_name: '' };
}

/**
 * The flags of a `date_time` format (`get_date_flags` in MessageEntity.cpp): `r`/`R` alone is
 * relative, otherwise any of `t`, `T`, `d`, `D`, `w`, `W`; another letter is
 * `Invalid date format used`.
 * @internal
 */
export function dateFlagsOf(format: string): number | undefined {
  if (format === 'r' || format === 'R') return DATE_FLAGS.relative;
  const letters: Record<string, number> = {
    t: DATE_FLAGS.shortTime,
    T: DATE_FLAGS.longTime,
    d: DATE_FLAGS.shortDate,
    D: DATE_FLAGS.longDate,
    w: DATE_FLAGS.dayOfWeek,
    W: DATE_FLAGS.dayOfWeek,
  };
  let flags = 0;
  for (const letter of format) {
    const flag = letters[letter];
    if (flag === undefined) return undefined;
    flags |= flag;
  }
  return flags;
}
