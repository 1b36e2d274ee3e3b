import { integerArg } from './integers.js';
import { decodeJson } from './json.js';

/**
 * The update types of the server, in the order of its bit mask (telegram-bot-api/Client.h,
 * `UpdateType`, and Client.cpp `get_update_type_name`; Bot API 10.0). `custom_event` and
 * `custom_query` are internal to the server.
 * @internal
 */
export const UPDATE_TYPES = [
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'inline_query',
  'chosen_inline_result',
  'callback_query',
  'custom_event',
  'custom_query',
  'shipping_query',
  'pre_checkout_query',
  'poll',
  'poll_answer',
  'my_chat_member',
  'chat_member',
  'chat_join_request',
  'chat_boost',
  'removed_chat_boost',
  'message_reaction',
  'message_reaction_count',
  'business_connection',
  'business_message',
  'edited_business_message',
  'deleted_business_messages',
  'purchased_paid_media',
  'managed_bot',
  'guest_message',
] as const;

/** An update type name. @internal */
export type UpdateTypeName = (typeof UPDATE_TYPES)[number];

/** Off by default: `chat_member`, `message_reaction`, `message_reaction_count` (`DEFAULT_ALLOWED_UPDATE_TYPES`). @internal */
export const DEFAULT_ALLOWED_UPDATES: readonly UpdateTypeName[] = UPDATE_TYPES.filter(
  (name) => name !== 'chat_member' && name !== 'message_reaction' && name !== 'message_reaction_count',
);

/**
 * The set of update types an `allowed_updates` parameter selects, as `Client::get_allowed_update_types`
 * reads it; `undefined` means "keep the current set". It is kept when the parameter is absent,
 * empty, not JSON, not an array, or has an item that is not a string. Names are lower-cased before
 * matching and unknown names are ignored; a list that selects nothing (`[]`, or only unknown
 * names) means the default set. The result is in the server's order. Updates are filtered when
 * they are created, so updates already queued stay deliverable after a change.
 * @internal
 */
export function normalizeAllowedUpdates(raw: string | undefined): UpdateTypeName[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const decoded = decodeJson(raw);
  if (!decoded.ok || decoded.value.kind !== 'array') return undefined;
  const names = new Set<string>();
  for (const item of decoded.value.items) {
    if (item.kind !== 'string') return undefined;
    names.add(item.value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()));
  }
  const selected = UPDATE_TYPES.filter((name) => names.has(name));
  return selected.length === 0 ? [...DEFAULT_ALLOWED_UPDATES] : selected;
}

/** Whether a set equals the default one (then getWebhookInfo omits `allowed_updates`). @internal */
export function isDefaultAllowedUpdates(types: readonly string[]): boolean {
  return (
    types.length === DEFAULT_ALLOWED_UPDATES.length && DEFAULT_ALLOWED_UPDATES.every((name) => types.includes(name))
  );
}

/** The previous getUpdates call, which the server remembers. @internal */
export interface PreviousPoll {
  readonly offset: number;
  /** When it started, in milliseconds. */
  readonly at: number;
}

/** The effective arguments of a getUpdates call. @internal */
export interface PollArguments {
  readonly offset: number;
  readonly limit: number;
  /** Seconds. */
  readonly timeout: number;
}

/** The longest long poll the server allows (`LONG_POLL_MAX_TIMEOUT`). @internal */
export const MAX_POLL_TIMEOUT = 50;

/**
 * `Client::process_get_updates_query`: `offset` (default 0), `limit` clamped to 1…100 (default
 * 100, so 0 becomes 1), `timeout` clamped to 0…50; then, when the offset repeats the previous
 * call's, a timeout under 3 s becomes 3 s if that call started less than 3 s ago, and the limit
 * becomes 1 if it started less than 0.5 s ago. Numbers are read leniently (`td::to_integer`).
 * @internal
 */
export function pollArguments(
  params: {
    readonly offset?: string | undefined;
    readonly limit?: string | undefined;
    readonly timeout?: string | undefined;
  },
  previous: PreviousPoll | undefined,
  now: number,
): PollArguments {
  const offset = integerArg(params.offset, 0);
  let limit = integerArg(params.limit, 100, 1, 100);
  let timeout = integerArg(params.timeout, 0, 0, MAX_POLL_TIMEOUT);
  if (previous && offset === previous.offset) {
    if (timeout < 3 && now < previous.at + 3000) timeout = 3;
    if (now < previous.at + 500) limit = 1;
  }
  return { offset, limit, timeout };
}

/** What a getUpdates offset does to the queue. @internal */
export interface OffsetEffect {
  /** Updates with an id below this are confirmed and deleted (0: none). */
  readonly confirmBelow: number;
  /** With a negative offset: keep only this many of the newest updates (then read from the first). */
  readonly keepNewest?: number;
  /** Read updates from this id on. */
  readonly readFrom: number;
}

/**
 * `Client::do_get_updates` with TDLib's `TQueue::get` (tddb/td/db/TQueue.cpp): a negative offset
 * keeps only the `-offset` newest updates; 0 reads from the first pending update; a positive
 * offset confirms every update below it, unless it is more than 10 past the next id the queue
 * would assign (`Specified from_id is in the future`): then nothing is confirmed and reading starts
 * at the first pending update, as for offset 0. `nextId` is the id the next update will get;
 * `firstId` the id of the oldest pending one (= `nextId` when the queue is empty).
 * @internal
 */
export function offsetEffect(offset: number, firstId: number, nextId: number): OffsetEffect {
  if (offset < 0) return { confirmBelow: 0, keepNewest: -offset, readFrom: firstId };
  if (offset === 0) return { confirmBelow: 0, readFrom: firstId };
  if (offset > nextId + 10) return { confirmBelow: 0, readFrom: firstId };
  return { confirmBelow: offset, readFrom: offset };
}
