import type { Sticker } from '../../types/botApi.js';
import type { FileRecord, Json, World } from './types.js';

/**
 * The emulator's own stickers: the forum topic icons (custom emoji, as
 * `getForumTopicIconStickers` and `getCustomEmojiStickers` return them) and a small set of
 * regular stickers that `sendSticker` accepts by `file_id`. Their ids are fixed, so tests can
 * write them down; their files are made on first use, so `getFile` and downloads work.
 * @module
 * @internal
 */

/** One of the emulator's stickers. @internal */
export interface StickerDef {
  readonly file_id: string;
  readonly file_unique_id: string;
  readonly emoji: string;
  readonly set_name: string;
  readonly type: 'regular' | 'custom_emoji';
  /** Custom emoji only. */
  readonly custom_emoji_id?: string;
}

/** The set the topic icons belong to. @internal */
export const TOPIC_ICON_SET = 'Topics';
/** The emulator's set of regular stickers. @internal */
export const STICKER_SET = 'EmulatorStickers';

// Real topic-icon custom emoji (id → emoji), as getForumTopicIconStickers returns them.
const ICONS: ReadonlyArray<readonly [string, string]> = [
  ['5434144690511290129', '📰'],
  ['5312536423851630001', '💡'],
  ['5312016608254762256', '⚡️'],
  ['5377544228505134960', '🎙'],
  ['5418085807791545980', '🔝'],
  ['5370870893004203704', '🗣'],
  ['5420216386448270341', '🆒'],
  ['5379748062124056162', '❗️'],
  ['5373251851074415873', '📝'],
  ['5433614043006903194', '📆'],
  ['5357315181649076022', '📁'],
  ['5309965701241379366', '🔎'],
  ['5309984423003823246', '📣'],
  ['5312241539987020022', '🔥'],
  ['5312138559556164615', '❤️'],
  ['5377316857231450742', '❓'],
];

/** The topic icons, in the order `getForumTopicIconStickers` lists them. @internal */
export const TOPIC_ICONS: readonly StickerDef[] = ICONS.map(([custom_emoji_id, emoji], i) => ({
  file_id: `EMUSTK${custom_emoji_id}`,
  file_unique_id: `AgAD${i.toString(36).padStart(4, '0')}`,
  emoji,
  set_name: TOPIC_ICON_SET,
  type: 'custom_emoji',
  custom_emoji_id,
}));

/** The regular stickers a bot (or a user) can send by `file_id`. @internal */
export const REGULAR_STICKERS: readonly StickerDef[] = ['👍', '😀', '🎉', '❤️', '🤔', '👋'].map((emoji, i) => ({
  file_id: `EMUSTKREGULAR${i + 1}AAQ`,
  file_unique_id: `AgADr${i.toString(36).padStart(3, '0')}`,
  emoji,
  set_name: STICKER_SET,
  type: 'regular',
}));

const BY_FILE_ID = new Map<string, StickerDef>([...TOPIC_ICONS, ...REGULAR_STICKERS].map((s) => [s.file_id, s]));
const BY_CUSTOM_EMOJI_ID = new Map<string, StickerDef>(TOPIC_ICONS.map((s) => [s.custom_emoji_id!, s]));

/** One of the emulator's stickers by `file_id`. @internal */
export function builtInSticker(fileId: string): StickerDef | undefined {
  return BY_FILE_ID.get(fileId);
}

/** A custom emoji sticker (a topic icon) by its `custom_emoji_id`. @internal */
export function customEmoji(id: string): StickerDef | undefined {
  return BY_CUSTOM_EMOJI_ID.get(id);
}

/** The file behind one of the emulator's stickers (created on first use, then the same). @internal */
export function stickerRecord(world: World, def: StickerDef): FileRecord {
  let record = world.files.get(def.file_id);
  if (!record) {
    // A few bytes of a WEBP header: enough to download and compare.
    const header = [0x52, 0x49, 0x46, 0x46, 0x0c, 0, 0, 0, 0x57, 0x45, 0x42, 0x50];
    const bytes = Uint8Array.from([...header, ...new TextEncoder().encode(def.file_id)]);
    record = {
      kind: 'sticker',
      file_id: def.file_id,
      file_unique_id: def.file_unique_id,
      file_path: `stickers/${def.file_unique_id}.webp`,
      bytes,
      name: `${def.file_unique_id}.webp`,
      type: 'image/webp',
    };
    world.files.set(record.file_id, record);
    world.filesByPath.set(record.file_path, record);
  }
  return record;
}

/**
 * A sticker as the Bot API shows it (telegram-bot-api/Client.cpp `JsonSticker`): size, emoji,
 * set, format flags, type, then the file. A sticker uploaded by a bot has no set.
 * @internal
 */
export function stickerJson(def: StickerDef | undefined, file: FileRecord, emoji?: string): Sticker {
  const out: Json = { width: 512, height: 512 };
  const shown = def?.emoji ?? emoji;
  if (shown) out.emoji = shown;
  if (def) out.set_name = def.set_name;
  out.is_animated = false;
  out.is_video = false;
  out.type = def?.type ?? 'regular';
  if (def?.custom_emoji_id !== undefined) out.custom_emoji_id = def.custom_emoji_id;
  out.file_id = file.file_id;
  out.file_unique_id = file.file_unique_id;
  out.file_size = file.bytes.length;
  return out as unknown as Sticker;
}
