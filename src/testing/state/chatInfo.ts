import { primaryLink } from './links.js';
import { chatPermissions, permissionsJson } from './members.js';
import type { ChatState, DraftState, Json, World } from './types.js';

/**
 * What `getChat` shows of a group's settings beyond its `Chat` object: description, photo,
 * primary invite link and the members' permissions (the private chat shows none of them).
 * @internal
 */
export function groupInfo(chat: ChatState): Json {
  const out: Json = {};
  if (chat.type === 'private') return out;
  if (chat.photo) {
    out.photo = {
      small_file_id: chat.photo.small.file_id,
      small_file_unique_id: chat.photo.small.file_unique_id,
      big_file_id: chat.photo.big.file_id,
      big_file_unique_id: chat.photo.big.file_unique_id,
    };
  }
  if (chat.description) out.description = chat.description;
  const link = primaryLink(chat);
  if (link) out.invite_link = link.invite_link;
  out.permissions = permissionsJson(chatPermissions(chat));
  return out;
}

/** How long a message draft shows (Bot API docs, sendMessageDraft). @internal */
export const DRAFT_MS = 30_000;

/** The draft a bot streams in a private chat, while it still shows. @internal */
export function activeDraft(world: World, chat: ChatState): DraftState | undefined {
  const draft = chat.draft;
  return draft && world.now() - draft.at < DRAFT_MS ? draft : undefined;
}
