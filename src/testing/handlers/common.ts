import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { toIntegerSafe } from '../server/integers.js';
import { setMember } from '../state/chats.js';
import type { ChatState, Json, Member, Stored } from '../state/types.js';
import { unixTime } from '../state/world.js';
import type { Context } from './context.js';
import { can } from './resolve.js';

/**
 * What several handler tables share besides resolving chats and sending: member changes with
 * their updates, lists of message ids, locations, and which messages a bot may delete. Parameters
 * are read with the server's order and texts (telegram-bot-api/Client.cpp; the function is named
 * on each).
 * @module
 * @internal
 */

/** Changes a member on the calling bot's behalf and tells whoever should hear of it. @internal */
export function changeMember(ctx: Context, chat: ChatState, member: Member, extra?: Json): void {
  const update = setMember(ctx.world, chat, member, ctx.bot.user);
  if (update) {
    const payload = extra ? { ...update, ...extra } : update;
    ctx.delivery.deliver({ kind: 'chat_member', payload }, { to: 'membership', chat, userId: member.user.id });
  }
}

/**
 * TDLib's checks of a member status change in a supergroup (banChatMember, restrictChatMember,
 * unbanChatMember; td/telegram/DialogParticipantManager.cpp `set_channel_participant_status`,
 * `restrict_channel_participant`): the owner cannot be removed; when `restricting`, the bot cannot
 * restrict itself; then `can_restrict_members`; restricting an administrator is refused by
 * Telegram (`USER_ADMIN_INVALID`).
 * @internal
 */
export function checkRestrict(ctx: Context, chat: ChatState, userId: number, restricting: boolean): void {
  const current = chat.members.get(userId);
  if (current?.status === 'creator') throw fail('cantRemoveOwner');
  if (userId === ctx.bot.id && restricting) throw fail('cantRestrictSelf');
  if (!can(ctx, chat, 'can_restrict_members')) throw fail('rightsRestrict');
  if (current?.status === 'administrator' && restricting) throw fail('userIsAdmin');
}

/**
 * `Client::get_message_ids` (at most 100): a JSON array (server/params.ts `message_ids`) of
 * positive 32-bit integers, as numbers or strings (`td::to_integer_safe`); an empty list is
 * refused by the methods with the text of an absent one.
 * @internal
 */
export function messageIdsOf(p: Reader<'message_ids'>): number[] {
  const list = p.jsonParam('message_ids');
  const items = list?.kind === 'array' ? list.items : [];
  if (items.length > 100) throw fail('messageIdsTooMany');
  const ids = items.map((item) => {
    const text = item.kind === 'number' ? item.text : item.kind === 'string' ? item.value : undefined;
    if (text === undefined) throw fail('messageIdNotNumber');
    const id = toIntegerSafe(text, 32);
    if (id === undefined) throw fail('messageIdUnparsable');
    if (id <= 0n) throw fail('messageIdNotPositive');
    return Number(id);
  });
  if (ids.length === 0) throw fail('messageIdsMissing');
  return ids;
}

/** A location as the Bot API reads it (`td_api::location`). @internal */
export interface LocationRequest {
  readonly latitude: number;
  readonly longitude: number;
  readonly horizontal_accuracy: number;
}

/**
 * `Client::get_location` of a request: `latitude` and `longitude` trimmed (empty is `<name> is
 * empty`) and read leniently (`td::to_double`), `horizontal_accuracy` likewise (absent is 0; TDLib
 * keeps it within 0–1500). Where on the globe it is, TDLib checks later ({@link checkLocation}).
 * @internal
 */
export function readLocation(
  p: Reader<'latitude' | 'longitude'>,
  accuracy?: Reader<'horizontal_accuracy'>,
): LocationRequest {
  if ((p.str('latitude') ?? '').trim() === '') throw fail('parameterEmpty', 'latitude');
  if ((p.str('longitude') ?? '').trim() === '') throw fail('parameterEmpty', 'longitude');
  return {
    latitude: p.float('latitude') ?? 0,
    longitude: p.float('longitude') ?? 0,
    horizontal_accuracy: Math.min(1500, Math.max(0, accuracy?.float('horizontal_accuracy') ?? 0)),
  };
}

/** td/telegram/Location.cpp `process_input_message_location`: a point on the globe, else `wrong location specified`. @internal */
export function checkLocation(location: LocationRequest): void {
  if (!(Math.abs(location.latitude) <= 90 && Math.abs(location.longitude) <= 180)) throw fail('locationInvalid');
}

/** The live fields of a location (sendLocation, editMessageLiveLocation). @internal */
export interface Live {
  readonly live_period: number;
  readonly heading: number;
  readonly proximity_alert_radius: number;
}

/** JSON of a location as the server writes it (`JsonLocation`): live fields only while live. @internal */
export function locationJson(base: LocationRequest, live: Live | undefined): Json {
  const out: Json = { latitude: base.latitude, longitude: base.longitude };
  if (live && live.live_period > 0) {
    out.live_period = live.live_period;
    if (live.heading > 0) out.heading = live.heading;
    if (live.proximity_alert_radius > 0) out.proximity_alert_radius = live.proximity_alert_radius;
  }
  if (base.horizontal_accuracy > 0) out.horizontal_accuracy = base.horizontal_accuracy;
  return out;
}

/**
 * The live-location parameters (`Client::get_integer_arg`, default 0); TDLib keeps the heading
 * within 0–360 and the alert radius non-negative.
 * @internal
 */
export function liveOf(p: Reader<'live_period' | 'heading' | 'proximity_alert_radius'>): Live {
  return {
    live_period: p.int32('live_period') ?? 0,
    heading: Math.min(360, Math.max(0, p.int32('heading') ?? 0)),
    proximity_alert_radius: Math.max(0, p.int32('proximity_alert_radius') ?? 0),
  };
}

const DAY = 86_400;

/**
 * TDLib `MessagesManager::can_delete_channel_message` and `can_revoke_message` for a bot
 * (deleteMessage, deleteMessages): in a supergroup nothing 48 hours old or older, never its first
 * message or a topic's creation, and other senders' messages only with `can_delete_messages`; in
 * a private chat nothing older than 48 hours, and a dice only after a day.
 * @internal
 */
export function checkDeletable(ctx: Context, chat: ChatState, stored: Stored): void {
  const age = unixTime(ctx.world) - (stored.msg.date as number);
  if (chat.type === 'supergroup') {
    const first = stored.msg.message_id === 1 || stored.msg.forum_topic_created !== undefined;
    if (age >= 2 * DAY || first) throw fail('cantDelete');
    if (stored.senderId !== ctx.bot.id && !can(ctx, chat, 'can_delete_messages')) throw fail('cantDelete');
  } else if ((stored.msg.dice !== undefined && age < DAY) || age > 2 * DAY) throw fail('cantDeleteForEveryone');
}
