import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { contentOf } from '../state/messages.js';
import type { ChatState, Json, Stored } from '../state/types.js';
import { nextId } from '../state/world.js';
import { checkDeletable, messageIdsOf } from './common.js';
import type { Context, HandlerTable } from './context.js';
import { chatOf } from './resolve.js';
import { post, threadOf } from './sending.js';

/** The messages of `from` among `ids`, in the order given; missing ones are dropped (`allow_empty`). */
function existing(from: ChatState, ids: readonly number[]): Stored[] {
  const out: Stored[] = [];
  for (const id of ids) {
    const stored = from.messages.get(id);
    if (stored) out.push(stored);
  }
  return out;
}

/**
 * forwardMessages and copyMessages (Client.cpp process_forward_messages_query,
 * process_copy_messages_query): the target and its topic first, then the source messages
 * (missing ones dropped, read access). Service messages can't be sent again and protected
 * messages can't be forwarded (both skipped); an album stays an album (a new
 * `media_group_id`). Answers the new ids in order.
 */
function resend(
  ctx: Context,
  p: Reader<
    'chat_id' | 'message_thread_id' | 'from_chat_id' | 'message_ids' | 'protect_content' | 'disable_notification'
  >,
  copy: { removeCaption: boolean } | undefined,
): Array<{ message_id: number }> {
  p.required('from_chat_id');
  const ids = messageIdsOf(p);
  const chat = chatOf(ctx, p, 'chat_id');
  const thread = threadOf(ctx, chat, p, undefined);
  const from = chatOf(ctx, p, 'from_chat_id', 'read');
  const sources = existing(from, ids);
  // TDLib MessagesManager::get_forwarded_messages skips what can_forward_message refuses: service
  // messages, and protected content unless a bot copies it; nothing left is an error.
  const sendable = sources.filter((s) => !s.service && (copy || s.msg.has_protected_content !== true));
  if (sendable.length === 0) throw fail('messagesCantBeForwarded');
  checkFlood(ctx.world, ctx.bot.id, chat.id, chat.type !== 'private');
  const albums = new Map<unknown, string>();
  return sendable.map((source) => {
    const fields: Json = {};
    if (!copy) {
      fields.forward_origin = source.msg.forward_origin ?? {
        type: 'user',
        sender_user: source.msg.from,
        date: source.msg.date,
      };
    }
    Object.assign(fields, contentOf(source.msg));
    if (copy?.removeCaption) {
      delete fields.caption;
      delete fields.caption_entities;
    }
    const album = source.msg.media_group_id;
    if (album !== undefined) {
      if (!albums.has(album)) albums.set(album, String(nextId(ctx.world, 'mediaGroup')));
      fields.media_group_id = albums.get(album);
    }
    if (p.bool('protect_content')) fields.has_protected_content = true;
    return { message_id: post(ctx, chat, thread, fields).msg.message_id };
  });
}

/** Deleting, forwarding and copying many messages at once. @internal */
export const batchHandlers = {
  // Client.cpp process_delete_messages_query: missing messages are ignored; if one of the
  // others can't be deleted, none is (TDLib MessagesManager::delete_messages).
  deleteMessages(ctx, p) {
    const ids = messageIdsOf(p);
    const chat = chatOf(ctx, p, 'chat_id');
    const found = existing(chat, ids);
    for (const stored of found) checkDeletable(ctx, chat, stored);
    for (const stored of found) chat.messages.delete(stored.msg.message_id);
    return true;
  },

  forwardMessages: (ctx, p) => resend(ctx, p, undefined),
  copyMessages: (ctx, p) => resend(ctx, p, { removeCaption: p.bool('remove_caption') }),
} satisfies HandlerTable;
