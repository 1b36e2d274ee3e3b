import type { Message } from '../../types/botApi.js';
import type { Delivery } from '../delivery/index.js';
import { mimeTypeFromFileName } from '../server/mime.js';
import { mediaJson, storeFile } from '../state/files.js';
import { contentOf, messageCopy, storeMessage } from '../state/messages.js';
import { builtInSticker, stickerJson, stickerRecord } from '../state/stickers.js';
import type { BotState, FileRecord, Json, Permissions, World } from '../state/types.js';
import * as check from './coerce.js';
import { chatOfMessage, placeFor, tell } from './common.js';

const FILE_KINDS = ['photo', 'document', 'video', 'voice'] as const;
const KINDS = [...FILE_KINDS, 'sticker', 'location', 'contact'] as const;

/** The permission each kind of content needs in a group. */
const PERMISSION: Readonly<Record<(typeof KINDS)[number], keyof Permissions>> = {
  photo: 'can_send_photos',
  document: 'can_send_documents',
  video: 'can_send_videos',
  voice: 'can_send_voice_notes',
  sticker: 'can_send_other_messages',
  location: 'can_send_messages',
  contact: 'can_send_messages',
};

/** The names files given as bytes get (a document may have its own). */
const DEFAULT_NAME: Readonly<Record<(typeof FILE_KINDS)[number], string>> = {
  photo: 'photo.jpg',
  document: 'document.bin',
  video: 'video.mp4',
  voice: 'voice.ogg',
};

function optionalString(helper: string, arg: string, value: unknown): string | undefined {
  if (value !== undefined && typeof value !== 'string') throw check.argumentError(helper, arg, 'a string', value);
  return value;
}

function finite(helper: string, arg: string, value: unknown, limit: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw check.argumentError(helper, arg, `a number between -${limit} and ${limit}`, value);
  }
  return value;
}

/**
 * What users send besides text: photos, documents, videos, voice messages, stickers, locations,
 * contacts, forwards, and their profile photos.
 * @internal
 */
export function createMediaActions(world: World, delivery: Delivery, first: () => BotState) {
  /** A file given as bytes (stored under fresh ids) or as the `file_id` of a file the emulator has. */
  function fileOf(helper: string, kind: (typeof FILE_KINDS)[number], value: unknown, media: Json): FileRecord {
    const arg = `media.${kind}`;
    if (typeof value === 'string') {
      const known = world.files.get(value);
      if (!known) throw new Error(`${helper}: ${arg} is no file_id of this emulator`);
      return known;
    }
    if (!(value instanceof Uint8Array)) throw check.argumentError(helper, arg, 'a Uint8Array or a file_id', value);
    const name = optionalString(helper, 'media.file_name', media.file_name) ?? DEFAULT_NAME[kind];
    // As for uploads, the MIME type comes from the name's extension (server/mime.ts).
    const type = mimeTypeFromFileName(name) || 'application/octet-stream';
    return storeFile(world, kind, { bytes: value.slice(), name, type });
  }

  /** The message fields of `media` (exactly one kind, with the options that kind takes). */
  function contentFor(helper: string, media: unknown): { kind: (typeof KINDS)[number]; fields: Json } {
    if (typeof media !== 'object' || media === null || Array.isArray(media)) {
      throw check.argumentError(helper, 'media', `an object with one of ${KINDS.join(', ')}`, media);
    }
    const given = media as Json;
    const kinds = KINDS.filter((kind) => given[kind] !== undefined);
    if (kinds.length !== 1) {
      throw new TypeError(`${helper}: media must have exactly one of ${KINDS.join(', ')}; got ${kinds.length}`);
    }
    const kind = kinds[0]!;
    const allowed = FILE_KINDS.includes(kind as never)
      ? ['caption', ...(kind === 'document' ? ['file_name'] : [])]
      : [];
    check.options(helper, 'media', media, [kind, ...allowed]);
    const value = given[kind];
    if (kind === 'sticker') {
      const def = typeof value === 'string' ? builtInSticker(value) : undefined;
      const record = def ? stickerRecord(world, def) : typeof value === 'string' ? world.files.get(value) : undefined;
      if (!record || def?.type === 'custom_emoji') {
        throw check.argumentError(helper, 'media.sticker', "a sticker's file_id (e.g. from getStickerSet)", value);
      }
      return { kind, fields: { sticker: stickerJson(def, record) } };
    }
    if (kind === 'location') {
      const place = check.options<{ latitude?: unknown; longitude?: unknown }>(helper, 'media.location', value, [
        'latitude',
        'longitude',
      ]);
      const location = {
        latitude: finite(helper, 'media.location.latitude', place.latitude, 90),
        longitude: finite(helper, 'media.location.longitude', place.longitude, 180),
      };
      return { kind, fields: { location } };
    }
    if (kind === 'contact') {
      const card = check.options<Json>(helper, 'media.contact', value, ['phone_number', 'first_name', 'last_name']);
      const contact: Json = {
        phone_number: check.text(helper, 'media.contact.phone_number', card.phone_number),
        first_name: check.text(helper, 'media.contact.first_name', card.first_name),
      };
      const last = optionalString(helper, 'media.contact.last_name', card.last_name);
      if (last) contact.last_name = last;
      return { kind, fields: { contact } };
    }
    const fields = mediaJson(kind, fileOf(helper, kind, value, given));
    const caption = optionalString(helper, 'media.caption', given.caption);
    if (caption) fields.caption = caption;
    return { kind, fields };
  }

  function userSendsMedia(user: unknown, media: unknown, target?: unknown): Message {
    const helper = 'userSendsMedia';
    const from = check.userOf(world, helper, 'user', user);
    const { kind, fields } = contentFor(helper, media);
    const { chat, replyTo, thread } = placeFor(world, helper, from, target, first(), PERMISSION[kind]);
    const stored = storeMessage(world, chat, thread, from, fields, { replyTo });
    tell(delivery, chat, stored);
    return messageCopy(stored);
  }

  function userForwards(user: unknown, message: unknown, target?: unknown): Message {
    const helper = 'userForwards';
    const from = check.userOf(world, helper, 'user', user);
    const { stored: source } = chatOfMessage(world, helper, 'message', message);
    if (source.service) throw new Error(`${helper}: service messages can't be forwarded`);
    if (source.msg.has_protected_content) throw new Error(`${helper}: the message has protected content`);
    const { chat, replyTo, thread } = placeFor(world, helper, from, target, first(), 'can_send_messages');
    const origin = source.msg.forward_origin ?? { type: 'user', sender_user: source.msg.from, date: source.msg.date };
    const fields: Json = { forward_origin: structuredClone(origin), ...contentOf(source.msg) };
    const stored = storeMessage(world, chat, thread, from, fields, { replyTo });
    tell(delivery, chat, stored);
    return messageCopy(stored);
  }

  function userSetsProfilePhoto(user: unknown, photo?: unknown): void {
    const helper = 'userSetsProfilePhoto';
    const who = check.userOf(world, helper, 'user', user);
    if (photo !== undefined && !(photo instanceof Uint8Array)) {
      throw check.argumentError(helper, 'photo', 'a Uint8Array', photo);
    }
    const bytes = photo ?? Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]);
    // Three sizes, as Telegram keeps them (160, 320 and 640 pixels).
    const sizes = [0, 1, 2].map(() =>
      storeFile(world, 'photo', { bytes: bytes.slice(), name: 'profile.jpg', type: 'image/jpeg' }),
    );
    const photos = world.profilePhotos.get(who.id) ?? [];
    world.profilePhotos.set(who.id, [sizes, ...photos]);
  }

  return { userSendsMedia, userForwards, userSetsProfilePhoto };
}
