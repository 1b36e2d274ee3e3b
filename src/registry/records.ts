// How the registry keeps topics in a SharedStore. Every change is a compare-and-set loop on
// one JSON record, so instances that learn at the same time never lose each other's changes.
// Service messages carry increasing message ids: a record remembers the id of the last event
// applied to its name and to its open/closed state, and an older event arriving late is skipped.
import type { SharedStore } from '../store/types.js';
import type { KnownGeneralTopic, KnownTopic } from './types.js';

/** A topic as stored. `name` is missing while only later events (closed, edited icon) were seen. */
export interface TopicRecord {
  name?: string;
  icon_color?: number;
  icon_custom_emoji_id?: string;
  is_name_implicit?: boolean;
  is_closed: boolean;
  deleted?: true;
  /** Message id of the last creation or edit applied (0: none). */
  nameAt: number;
  /** Message id of the last close or reopen applied (0: none). */
  closedAt: number;
}

/** General's state as stored. */
export interface GeneralRecord {
  name?: string;
  is_closed: boolean;
  is_hidden: boolean;
  nameAt: number;
  closedAt: number;
  hiddenAt: number;
}

export const keys = {
  topic: (chat: number, thread: number) => `topics:topic:${chat}:${thread}`,
  general: (chat: number) => `topics:general:${chat}`,
  name: (chat: number, name: string) => `topics:name:${chat}:${name}`,
  key: (chat: number, key: string) => `topics:key:${chat}:${key}`,
  claim: (chat: number, key: string) => `topics:claim:${chat}:${key}`,
};

const parse = (raw: string | undefined): Record<string, unknown> | undefined => {
  if (raw === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads, changes and writes back one JSON value with compare-and-set, retrying when another
 * writer came first (bounded). `change` returns `undefined` to leave the value as it is.
 */
export async function update<T>(
  store: SharedStore,
  key: string,
  change: (current: T | undefined) => T | undefined,
  read: (raw: string | undefined) => T | undefined,
): Promise<T | undefined> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const raw = await store.get(key);
    const current = read(raw);
    const next = change(current);
    if (next === undefined) return current;
    const text = JSON.stringify(next);
    if (text === raw) return next;
    if (await store.set(key, text, raw === undefined ? { ifAbsent: true } : { ifValue: raw })) return next;
  }
  throw new Error(`topic registry: ${key} changed 100 times while being updated`);
}

export const readTopic = (raw: string | undefined): TopicRecord | undefined => {
  const value = parse(raw);
  if (!value) return undefined;
  const record: TopicRecord = {
    is_closed: value.is_closed === true,
    nameAt: typeof value.nameAt === 'number' ? value.nameAt : 0,
    closedAt: typeof value.closedAt === 'number' ? value.closedAt : 0,
  };
  if (typeof value.name === 'string') record.name = value.name;
  if (typeof value.icon_color === 'number') record.icon_color = value.icon_color;
  if (typeof value.icon_custom_emoji_id === 'string') record.icon_custom_emoji_id = value.icon_custom_emoji_id;
  if (typeof value.is_name_implicit === 'boolean') record.is_name_implicit = value.is_name_implicit;
  if (value.deleted === true) record.deleted = true;
  return record;
};

export const readGeneral = (raw: string | undefined): GeneralRecord | undefined => {
  const value = parse(raw);
  if (!value) return undefined;
  const record: GeneralRecord = {
    is_closed: value.is_closed === true,
    is_hidden: value.is_hidden === true,
    nameAt: typeof value.nameAt === 'number' ? value.nameAt : 0,
    closedAt: typeof value.closedAt === 'number' ? value.closedAt : 0,
    hiddenAt: typeof value.hiddenAt === 'number' ? value.hiddenAt : 0,
  };
  if (typeof value.name === 'string') record.name = value.name;
  return record;
};

const readIds = (raw: string | undefined): number[] | undefined => {
  if (raw === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((id): id is number => Number.isSafeInteger(id)) : [];
  } catch {
    return [];
  }
};

/** The public view of a record; `undefined` for a deleted topic or one whose name is unknown. */
export function toKnown(chat: number, thread: number, record: TopicRecord | undefined): KnownTopic | undefined {
  if (!record || record.deleted || record.name === undefined) return undefined;
  const topic: KnownTopic = {
    chat_id: chat,
    message_thread_id: thread,
    name: record.name,
    is_closed: record.is_closed,
  };
  if (record.icon_color !== undefined) topic.icon_color = record.icon_color;
  if (record.icon_custom_emoji_id !== undefined) topic.icon_custom_emoji_id = record.icon_custom_emoji_id;
  if (record.is_name_implicit !== undefined) topic.is_name_implicit = record.is_name_implicit;
  return topic;
}

export function toKnownGeneral(chat: number, record: GeneralRecord | undefined): KnownGeneralTopic | undefined {
  if (!record) return undefined;
  const general: KnownGeneralTopic = { chat_id: chat, is_closed: record.is_closed, is_hidden: record.is_hidden };
  if (record.name !== undefined) general.name = record.name;
  return general;
}

const empty = (): TopicRecord => ({ is_closed: false, nameAt: 0, closedAt: 0 });

/** Adds a topic to its name's index (a list of ids that lookups verify, so it may be stale). */
async function index(store: SharedStore, chat: number, name: string, thread: number): Promise<void> {
  await update(
    store,
    keys.name(chat, name),
    (ids) => (ids?.includes(thread) ? undefined : [...(ids ?? []), thread]),
    readIds,
  );
}

/** What a creation tells: name and icon. */
export interface TopicInfo {
  name: string;
  icon_color?: number | undefined;
  icon_custom_emoji_id?: string | undefined;
  is_name_implicit?: boolean | undefined;
}

const withInfo = (record: TopicRecord, info: TopicInfo): TopicRecord => {
  const next: TopicRecord = { ...record, name: info.name };
  if (info.icon_color !== undefined) next.icon_color = info.icon_color;
  if (info.icon_custom_emoji_id) next.icon_custom_emoji_id = info.icon_custom_emoji_id;
  if (info.is_name_implicit !== undefined) next.is_name_implicit = info.is_name_implicit;
  return next;
};

/**
 * A topic was created (`forum_topic_created`, or `createForumTopic`'s answer: the topic's id is
 * the id of its creation message). `seenOnly`: learned from a later message's
 * `reply_to_message`, which shows the name at creation, so it only fills in a name not yet known.
 */
export async function created(
  store: SharedStore,
  chat: number,
  thread: number,
  info: TopicInfo,
  seenOnly = false,
): Promise<TopicRecord | undefined> {
  const record = await update(
    store,
    keys.topic(chat, thread),
    (current) => {
      if (current?.deleted) return undefined;
      if (seenOnly) return current?.name !== undefined ? undefined : withInfo(current ?? empty(), info);
      if (current && current.nameAt >= thread) return undefined;
      return { ...withInfo(current ?? empty(), info), nameAt: thread };
    },
    readTopic,
  );
  if (record?.name !== undefined && !record.deleted) await index(store, chat, record.name, thread);
  return record;
}

/** A topic's name or icon changed; `at` is the service message's id (undefined: the bot's own call). */
export async function edited(
  store: SharedStore,
  chat: number,
  thread: number,
  change: { name?: string | undefined; icon_custom_emoji_id?: string | undefined },
  at: number | undefined,
): Promise<void> {
  const record = await update(
    store,
    keys.topic(chat, thread),
    (current) => {
      if (current?.deleted || (at !== undefined && current && current.nameAt >= at)) return undefined;
      const next: TopicRecord = { ...(current ?? empty()) };
      if (change.name !== undefined) next.name = change.name;
      if (change.icon_custom_emoji_id !== undefined) {
        if (change.icon_custom_emoji_id === '') delete next.icon_custom_emoji_id;
        else next.icon_custom_emoji_id = change.icon_custom_emoji_id;
      }
      if (at !== undefined) next.nameAt = at;
      return next;
    },
    readTopic,
  );
  if (change.name !== undefined && record?.name === change.name && !record.deleted) {
    await index(store, chat, change.name, thread);
  }
}

/** A topic was closed or reopened. */
export async function closed(
  store: SharedStore,
  chat: number,
  thread: number,
  isClosed: boolean,
  at: number | undefined,
): Promise<void> {
  await update(
    store,
    keys.topic(chat, thread),
    (current) => {
      if (current?.deleted || (at !== undefined && current && current.closedAt >= at)) return undefined;
      if (current?.is_closed === isClosed && at === undefined) return undefined;
      return { ...(current ?? empty()), is_closed: isClosed, closedAt: at ?? current?.closedAt ?? 0 };
    },
    readTopic,
  );
}

/** A topic is gone: a tombstone, so that late events do not bring it back. */
export async function deleted(store: SharedStore, chat: number, thread: number): Promise<void> {
  await update(
    store,
    keys.topic(chat, thread),
    (current): TopicRecord | undefined => (current?.deleted ? undefined : { ...(current ?? empty()), deleted: true }),
    readTopic,
  );
}

/** General changed: renamed, closed/reopened, hidden/unhidden (hiding closes; reopening unhides). */
export async function general(
  store: SharedStore,
  chat: number,
  event: 'name' | 'closed' | 'reopened' | 'hidden' | 'unhidden',
  at: number | undefined,
  name?: string,
): Promise<void> {
  await update(
    store,
    keys.general(chat),
    (current) => {
      const next: GeneralRecord = current
        ? { ...current }
        : { is_closed: false, is_hidden: false, nameAt: 0, closedAt: 0, hiddenAt: 0 };
      const newer = (field: 'nameAt' | 'closedAt' | 'hiddenAt') => {
        if (at === undefined) return true;
        if (next[field] >= at) return false;
        next[field] = at;
        return true;
      };
      if (event === 'name' && name !== undefined && newer('nameAt')) next.name = name;
      if ((event === 'closed' || event === 'hidden') && newer('closedAt')) next.is_closed = true;
      if (event === 'hidden' && newer('hiddenAt')) next.is_hidden = true;
      if (event === 'reopened') {
        if (newer('closedAt')) next.is_closed = false;
        if (newer('hiddenAt')) next.is_hidden = false;
      }
      if (event === 'unhidden' && newer('hiddenAt')) next.is_hidden = false;
      return next;
    },
    readGeneral,
  );
}

/** The ids listed under a name (possibly stale). */
export async function idsNamed(store: SharedStore, chat: number, name: string): Promise<number[]> {
  return readIds(await store.get(keys.name(chat, name))) ?? [];
}

/** Drops ids that no longer carry the name from its index (best effort). */
export async function pruneName(store: SharedStore, chat: number, name: string, stale: number[]): Promise<void> {
  await update(
    store,
    keys.name(chat, name),
    (ids) => (ids?.some((id) => stale.includes(id)) ? ids.filter((id) => !stale.includes(id)) : undefined),
    readIds,
  );
}
