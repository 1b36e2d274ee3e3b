import { fail, serverFailure } from '../failures.js';
import { cleanInputString, cleanName } from '../server/names.js';
import { refreshChatJson } from '../state/chats.js';
import { storeFile } from '../state/files.js';
import type { ChatState, FileRecord } from '../state/types.js';
import type { Context, HandlerTable } from './context.js';
import { can, chatOf } from './resolve.js';
import { postService } from './sending.js';

/** TDLib's limits: MAX_TITLE_LENGTH (DialogManager) and the description length (ChatManager). */
const TITLE_LENGTH = 128;
const DESCRIPTION_LENGTH = 255;

/** A chat photo's sizes as a message's `new_chat_photo` shows them (small, then big). */
function photoSizes(small: FileRecord, big: FileRecord) {
  return [
    {
      file_id: small.file_id,
      file_unique_id: small.file_unique_id,
      file_size: small.bytes.length,
      width: 160,
      height: 160,
    },
    { file_id: big.file_id, file_unique_id: big.file_unique_id, file_size: big.bytes.length, width: 640, height: 640 },
  ];
}

/** The failures of each setting: in a private chat, without `can_change_info`. */
const REFUSALS = {
  title: ['privateTitle', 'rightsTitle'],
  description: ['privateDescription', 'rightsDescription'],
  photo: ['privatePhoto', 'rightsPhoto'],
} as const;

/** A group where the bot may change the chat's info (TDLib DialogManager: private chats first, then the right). */
function changeable(ctx: Context, chat: ChatState, what: keyof typeof REFUSALS): void {
  const [inPrivate, withoutRight] = REFUSALS[what];
  if (chat.type === 'private') throw fail(inPrivate);
  if (!can(ctx, chat, 'can_change_info')) throw fail(withoutRight);
}

/**
 * The chat's title, description and photo. Title and photo changes post a service message
 * (`new_chat_title`, `new_chat_photo`, `delete_chat_photo`) in the chat (General in a forum).
 * @internal
 */
export const chatSettingsHandlers = {
  // Client.cpp process_set_chat_title_query; td/telegram/Requests.cpp CLEAN_INPUT_STRING, then
  // TDLib DialogManager::set_dialog_title: control characters become spaces, the title is cleaned
  // and cut to 128 characters, empty refused before the rights, an unchanged title is a no-op.
  setChatTitle(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    const input = cleanInputString(p.str('title') ?? '');
    if (input === undefined) throw serverFailure('Strings must be encoded in UTF-8');
    const title = cleanName(input, TITLE_LENGTH);
    if (title === '') throw fail('titleEmpty');
    changeable(ctx, chat, 'title');
    if (title === chat.title) return true;
    chat.title = title;
    refreshChatJson(chat);
    postService(ctx, chat, 1, { new_chat_title: title });
    return true;
  },

  // TDLib ChatManager::set_channel_description: cut to 255 characters; an unchanged description
  // is refused by Telegram itself (CHAT_ABOUT_NOT_MODIFIED, rewritten by Client.cpp).
  setChatDescription(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    changeable(ctx, chat, 'description');
    const description = Array.from(p.str('description') ?? '')
      .slice(0, DESCRIPTION_LENGTH)
      .join('');
    if (description === (chat.description ?? '')) throw serverFailure('CHAT_ABOUT_NOT_MODIFIED');
    chat.description = description || undefined;
    return true;
  },

  // Client.cpp process_set_chat_photo_query: the photo must be uploaded (a file id or URL is refused).
  setChatPhoto(ctx, p) {
    const given = p.str('photo');
    const part = given?.startsWith('attach://') ? p.file(given.slice(9)) : given ? undefined : p.file('photo');
    if (!part) throw fail(given ? 'photoNotUploaded' : 'noPhotoInRequest');
    const chat = chatOf(ctx, p, 'chat_id');
    changeable(ctx, chat, 'photo');
    const small = storeFile(ctx.world, 'photo', part);
    const big = storeFile(ctx.world, 'photo', part);
    chat.photo = { small, big };
    postService(ctx, chat, 1, { new_chat_photo: photoSizes(small, big) });
    return true;
  },

  // Deleting a photo that is not there is refused by Telegram itself (CHAT_NOT_MODIFIED, passed through).
  deleteChatPhoto(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    changeable(ctx, chat, 'photo');
    if (!chat.photo) throw serverFailure('CHAT_NOT_MODIFIED');
    chat.photo = undefined;
    postService(ctx, chat, 1, { delete_chat_photo: true });
    return true;
  },
} satisfies HandlerTable;
