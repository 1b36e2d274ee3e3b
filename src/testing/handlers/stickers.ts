import type { Sticker } from '../../types/botApi.js';
import type { Result } from '../../types/methods.js';
import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { toIntegerSafe } from '../server/integers.js';
import {
  builtInSticker,
  customEmoji,
  REGULAR_STICKERS,
  STICKER_SET,
  type StickerDef,
  stickerJson,
  stickerRecord,
  TOPIC_ICON_SET,
  TOPIC_ICONS,
} from '../state/stickers.js';
import type { World } from '../state/types.js';
import type { HandlerTable } from './context.js';
import { fileRecord, inputFile } from './media.js';
import { type Sent, send } from './sending.js';

const sticker = (world: World, def: StickerDef): Sticker => stickerJson(def, stickerRecord(world, def));

/** Sending stickers and reading the emulator's own ones (topic icons, custom emoji, sets). @internal */
export const stickerHandlers = {
  // Client.cpp process_send_sticker_query: the file is read first, resolved once the chat is
  // known; a custom emoji sticker is refused by TDLib (MessageContent.cpp
  // create_input_message_content: "Can't send emoji stickers in messages").
  sendSticker: (ctx, p) =>
    send<Sent<'sendSticker'>>(ctx, p, () => {
      const input = inputFile(p as Reader<string>, 'sticker');
      if (!input) throw fail('noFileInRequest', 'sticker');
      return () => {
        const file = fileRecord(ctx, input, 'sticker');
        const own = builtInSticker(file.file_id);
        if (own?.type === 'custom_emoji') throw fail('emojiStickerInMessage');
        return { sticker: stickerJson(own, file, p.str('emoji') || undefined) };
      };
    }),

  getForumTopicIconStickers: (ctx) => TOPIC_ICONS.map((def) => sticker(ctx.world, def)),

  // Client.cpp process_get_custom_emoji_stickers_query; unknown ids are left out
  // (TDLib StickersManager get_custom_emoji_stickers), more than 200 are refused.
  getCustomEmojiStickers(ctx, p) {
    const list = p.jsonParam('custom_emoji_ids');
    const ids = (list?.kind === 'array' ? list.items : []).map((item) => {
      if (item.kind !== 'string') throw fail('customEmojiIdNotString');
      if (toIntegerSafe(item.value, 64) === undefined) throw fail('customEmojiIdInvalid');
      return item.value;
    });
    if (ids.length > 200) throw fail('customEmojiIdsTooMany');
    return ids.flatMap((id) => {
      const def = customEmoji(id);
      return def ? [sticker(ctx.world, def)] : [];
    });
  },

  // The emulator knows its two sets; any other name is Telegram's STICKERSET_INVALID.
  getStickerSet(ctx, p) {
    const name = (p.str('name') ?? '').trim().toLowerCase();
    const sets = { [TOPIC_ICON_SET.toLowerCase()]: TOPIC_ICONS, [STICKER_SET.toLowerCase()]: REGULAR_STICKERS };
    const defs = sets[name];
    if (!defs) throw fail('stickerSetInvalid');
    const first = defs[0]!;
    const set: Result<'getStickerSet'> = {
      name: first.set_name,
      title: first.set_name === TOPIC_ICON_SET ? 'Topic icons' : 'Emulator stickers',
      sticker_type: first.type,
      stickers: defs.map((def) => sticker(ctx.world, def)),
    };
    return set;
  },
} satisfies HandlerTable;
