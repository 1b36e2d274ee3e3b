import type { User } from '../../types/botApi.js';
import type { Reader } from '../args.js';
import { Failure, fail } from '../failures.js';
import { readMarkup } from '../markup.js';
import { fixFormattedText } from '../server/entities/fix.js';
import { readFormattedText } from '../server/entities/format.js';
import { toBotApiEntities } from '../server/entities/types.js';
import { describeError } from '../server/errors.js';
import { decodeJson, type JsonNode } from '../server/json.js';
import { Fields, type JsonObjectNode } from '../server/jsonFields.js';
import type { Outcome } from '../server/outcome.js';
import { setMember } from '../state/chats.js';
import { storeFile } from '../state/files.js';
import { builtInSticker, stickerRecord } from '../state/stickers.js';
import type { ChatState, FileRecord, Json, Member, Stored, UserJson } from '../state/types.js';
import type { Context } from './context.js';
import { chatOf } from './resolve.js';

/**
 * What the handler tables added by issue 17 share: parameter readers with the official server's
 * order and texts (telegram-bot-api/Client.cpp; the function is named on each), server errors
 * phrased the Bot API's way, and member changes with their updates.
 * @module
 * @internal
 */

/** Changes a member on the calling bot's behalf and tells whoever should hear of it. @internal */
export function changeMember(ctx: Context, chat: ChatState, member: Member, extra?: Record<string, unknown>): void {
  const update = setMember(ctx.world, chat, member, ctx.bot.user);
  if (update) {
    const payload = extra ? { ...update, ...extra } : update;
    ctx.delivery.deliver({ kind: 'chat_member', payload }, { to: 'membership', chat, userId: member.user.id });
  }
}

/**
 * The failure a server-side step reports (TDLib's capitalised text), as the Bot API phrases it
 * (`Client::fail_query_with_error`, see `describeError`), or the value.
 * @internal
 */
export function orFail<T>(outcome: Outcome<T>, method?: string): T {
  if (outcome.ok) return outcome.value;
  const described = describeError(outcome.error, method === undefined ? {} : { method: method.toLowerCase() });
  return failWith(described.error_code, described.description);
}

function failWith(code: number, description: string): never {
  throw new Failure(code, description);
}

/** A 400 with TDLib's text, phrased by the Bot API (first letter lowered, prefix added). @internal */
export function serverError(message: string): Failure {
  const described = describeError({ code: 400, message });
  return new Failure(described.error_code, described.description);
}

/**
 * `Client::get_user_id`: the integer in `field` (negative and garbage count as 0); 0 is
 * `invalid <field> specified`.
 * @internal
 */
export function userIdOf<N extends string>(p: Reader<N>, field: N): number {
  const id = Math.max(0, p.int(field) ?? 0);
  if (id === 0) throw fail('invalidId', field);
  return id;
}

/** `Client::check_user`: a known user, else `user not found`. @internal */
export function knownUser(ctx: Context, id: number): UserJson {
  const user = ctx.world.users.get(id);
  if (!user) throw fail('userNotFound');
  return user;
}

/**
 * `Client::get_message_ids` (at most 100): a JSON array of positive integers (numbers or
 * strings), with the server's text for each problem; an empty list is refused by the methods.
 * @internal
 */
export function messageIdsOf(p: Reader<'message_ids'>): number[] {
  const raw = p.str('message_ids');
  if (raw === undefined || raw === '') throw fail('messageIdsMissing');
  const decoded = decodeJson(raw);
  if (!decoded.ok) throw fail('cantParseJson', 'message_ids');
  const value = decoded.value;
  if (value.kind !== 'array') throw fail('messageIdsNotArray');
  if (value.items.length > 100) throw fail('messageIdsTooMany');
  const ids = value.items.map((item) => {
    const text = item.kind === 'number' ? item.text : item.kind === 'string' ? item.value : undefined;
    if (text === undefined) throw fail('messageIdNotNumber');
    if (!/^-?(0|[1-9]\d{0,9})$/.test(text) || Math.abs(Number(text)) > 2 ** 31 - 1) throw fail('messageIdUnparsable');
    const id = Number(text);
    if (id <= 0) throw fail('messageIdNotPositive');
    return id;
  });
  if (ids.length === 0) throw fail('messageIdsMissing');
  return ids;
}

/**
 * `Client::get_location`: `latitude` and `longitude` (trimmed; empty is `<name> is empty`,
 * garbage reads as 0), `horizontal_accuracy`; outside the globe is refused.
 * @internal
 */
export function locationOf(
  p: Reader<'latitude' | 'longitude'>,
  accuracy?: Reader<'horizontal_accuracy'>,
): { latitude: number; longitude: number; horizontal_accuracy: number } {
  const read = (reader: Reader<'latitude' | 'longitude'> | Reader<'horizontal_accuracy'> | undefined, name: string) => {
    const text = ((reader as Reader<string> | undefined)?.str(name) ?? '').trim();
    return { text, value: text === '' ? 0 : Number.parseFloat(text) || 0 };
  };
  const latitude = read(p, 'latitude');
  if (latitude.text === '') throw fail('parameterEmpty', 'latitude');
  const longitude = read(p, 'longitude');
  if (longitude.text === '') throw fail('parameterEmpty', 'longitude');
  if (Math.abs(latitude.value) > 90 || Math.abs(longitude.value) > 180) throw fail('locationInvalid');
  return {
    latitude: latitude.value,
    longitude: longitude.value,
    horizontal_accuracy: Math.min(1500, Math.max(0, read(accuracy, 'horizontal_accuracy').value)),
  };
}

/** `Client::get_integer_arg`: absent ⇒ `fallback`, then clamped to `[min, max]`. @internal */
export function clampedInt<N extends string>(p: Reader<N>, name: N, fallback: number, min: number, max: number) {
  return Math.min(max, Math.max(min, p.int(name) ?? fallback));
}

/** A JSON parameter decoded the way TDLib does (`json_decode`), or `undefined` when absent or empty. @internal */
export function jsonNodeOf<N extends string>(p: Reader<N>, name: N, notJson: () => Failure): JsonNode | undefined {
  const raw = p.str(name);
  if (raw === undefined || raw === '') return undefined;
  const decoded = decodeJson(raw);
  if (!decoded.ok) throw notJson();
  return decoded.value;
}

/** The fields of a JSON object node (TDLib's `JsonObject`). @internal */
export const fieldsOf = (node: JsonNode): Fields => new Fields(node as JsonObjectNode);

/**
 * Parameters the Bot API server still reads although the 10.3 types no longer list them
 * (`can_manage_voice_chats` of promoteChatMember, the flat restrictChatMember flags,
 * `switch_pm_text`/`switch_pm_parameter` of answerInlineQuery). Only these names may be read.
 * @internal
 */
export type LegacyName =
  | 'can_manage_voice_chats'
  | 'can_send_messages'
  | 'can_send_media_messages'
  | 'can_send_other_messages'
  | 'can_add_web_page_previews'
  | 'switch_pm_text'
  | 'switch_pm_parameter';

/** The same reader, for the legacy names the server still reads. @internal */
export function legacy(p: Reader<never>): Reader<LegacyName> {
  return p as unknown as Reader<LegacyName>;
}

/**
 * A file parameter: `attach://<part>`, one of the emulator's own stickers, a known `file_id`,
 * an HTTP URL (stored without being downloaded, unless `byUrl` is false), or an uploaded part
 * named like the parameter.
 * @internal
 */
export function inputFile<N extends string>(
  ctx: Context,
  p: Reader<N>,
  field: N,
  kind: string,
  missing: () => Failure,
  options: { value?: string | undefined; byUrl?: boolean } = {},
): FileRecord {
  const value = 'value' in options ? options.value : p.str(field);
  if (value?.startsWith('attach://')) {
    const part = p.file(value.slice(9));
    if (!part) throw missing();
    return storeFile(ctx.world, kind, part);
  }
  if (value !== undefined && value !== '') {
    const own = builtInSticker(value);
    if (own) return stickerRecord(ctx.world, own);
    const known = ctx.world.files.get(value);
    if (known) return known;
    if (options.byUrl !== false && /^https?:\/\/\S+$/i.test(value)) {
      const name = value.slice(value.lastIndexOf('/') + 1) || 'file';
      return storeFile(ctx.world, kind, { bytes: new Uint8Array(0), name, type: 'application/octet-stream' });
    }
    throw fail('fileIdentifierInvalid');
  }
  const part = p.file(field);
  if (!part) throw missing();
  return storeFile(ctx.world, kind, part);
}

/**
 * A formatted text the way the server reads it (`Client::get_formatted_text`, then TDLib's
 * `fix_formatted_text`): `parse_mode` or explicit entities (a parameter's text, or a decoded
 * JSON value inside an object), then cleaned. Returns the stored text and Bot API entities.
 * @internal
 */
export function formattedOf(
  ctx: Context,
  text: string,
  parseMode: string | undefined,
  entities: string | JsonNode | undefined,
  allowEmpty: boolean,
): { text: string; entities: Json[] | undefined } {
  const read = orFail(readFormattedText(text, parseMode, entities));
  const fixed = orFail(fixFormattedText(read.text, read.entities, { allowEmpty, allowEmptyString: allowEmpty }));
  const users = (id: number) => (ctx.world.users.get(id) ?? { id, is_bot: false, first_name: '' }) as unknown as User;
  const out = toBotApiEntities(fixed.entities, users) as unknown as Json[];
  return { text: fixed.text, entities: out.length > 0 ? out : undefined };
}

/** JSON of a location as the server writes it (`JsonLocation`): live fields only while live. @internal */
export function locationJson(
  base: { latitude: number; longitude: number; horizontal_accuracy: number },
  live: { live_period: number; heading: number; proximity_alert_radius: number } | undefined,
): Json {
  const out: Json = { latitude: base.latitude, longitude: base.longitude };
  if (live && live.live_period > 0) {
    out.live_period = live.live_period;
    if (live.heading > 0) out.heading = live.heading;
    if (live.proximity_alert_radius > 0) out.proximity_alert_radius = live.proximity_alert_radius;
  }
  if (base.horizontal_accuracy > 0) out.horizontal_accuracy = base.horizontal_accuracy;
  return out;
}

/** The live-location parameters of sendLocation and editMessageLiveLocation (`get_integer_arg`, default 0). @internal */
export function liveOf(p: Reader<'live_period' | 'heading' | 'proximity_alert_radius'>) {
  return {
    live_period: p.int('live_period') ?? 0,
    heading: Math.min(360, Math.max(0, p.int('heading') ?? 0)),
    proximity_alert_radius: Math.max(0, p.int('proximity_alert_radius') ?? 0),
  };
}

/**
 * The message an edit of the calling bot targets. With `inline` (the methods that can edit
 * inline messages): no `chat_id` and no `message_id` means an inline message, which the emulator
 * does not have (Client.cpp `get_inline_message_id`). Then the chat, then `missing` (`message to
 * edit not found`) for an unknown message.
 * @internal
 */
export function ownMessage(
  ctx: Context,
  p: Reader<'chat_id' | 'message_id'>,
  inline: Reader<'inline_message_id'> | undefined,
  missing: () => Failure = () => fail('messageNotFound', 'edit'),
): { chat: ChatState; stored: Stored } {
  const messageId = Math.max(0, p.int('message_id') ?? 0);
  if (inline && (p.str('chat_id') ?? '') === '' && messageId === 0) {
    if ((inline.str('inline_message_id') ?? '') === '') throw fail('messageIdMissing');
    throw fail('messageIdInvalid');
  }
  const chat = chatOf(ctx, p, 'chat_id');
  const stored = messageId > 0 ? chat.messages.get(messageId) : undefined;
  if (!stored) throw missing();
  return { chat, stored };
}

/** `reply_markup` of an edit: an inline keyboard or nothing. @internal */
export function inlineMarkupOf(p: Reader<'reply_markup'>): Json | undefined {
  const markup = readMarkup(p);
  if (markup && markup.kind !== 'inline') throw fail('inlineKeyboardExpected');
  return markup?.value;
}
