import { CHAT_ACTIONS } from '../../methods/sendChatAction.js';
import type { Message } from '../../types/botApi.js';
import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { type Markup, readMarkup } from '../markup.js';
import { contentOf, editMessage, lastPinned, messageJson } from '../state/messages.js';
import type { ChatState, Json, Stored } from '../state/types.js';
import { nextId, unixTime } from '../state/world.js';
import { liveOf, locationJson } from './common.js';
import type { Context, HandlerTable } from './context.js';
import { can, chatOf, checkPinRights } from './resolve.js';
import { captionOf, post, postService, type Sent, send, textOf, threadOf } from './sending.js';

const ACTIONS: ReadonlySet<string> = new Set(CHAT_ACTIONS);

/** The message `from_chat_id` and `message_id` name, for a forward or a copy. */
function sourceOf(ctx: Context, p: Reader<'from_chat_id' | 'message_id'>, verb: 'forward' | 'copy'): Stored {
  // Client.cpp process_forward_message_query / process_copy_message_query: a required string first.
  p.required('from_chat_id');
  const from = chatOf(ctx, p, 'from_chat_id');
  const id = p.int('message_id') ?? 0;
  const stored = id > 0 ? from.messages.get(id) : undefined;
  if (!stored) throw fail('messageNotFound', verb);
  if (stored.service || stored.msg.has_protected_content) throw fail(verb === 'copy' ? 'cantCopy' : 'cantForward');
  return stored;
}

/** The message an edit targets: it must exist and be the bot's own. */
function editable(ctx: Context, p: Reader<'chat_id' | 'message_id' | 'inline_message_id'>): Stored {
  if (p.str('inline_message_id') !== undefined && p.str('chat_id') === undefined) throw fail('messageIdInvalid');
  const chat = chatOf(ctx, p, 'chat_id');
  const id = p.int('message_id') ?? 0;
  if (id <= 0) throw fail('messageIdMissing');
  const stored = chat.messages.get(id);
  if (!stored) throw fail('messageNotFound', 'edit');
  if (stored.senderId !== ctx.bot.id || stored.service) throw fail('cantEdit');
  return stored;
}

function inlineOnly(markup: Markup | undefined): Json | undefined {
  if (markup && markup.kind !== 'inline') throw fail('inlineKeyboardExpected');
  return markup?.value;
}

/** Applies an edit; an edit that changes nothing is refused, as on Telegram. `R`: the kind of message edited. */
function finishEdit<R extends Message>(ctx: Context, stored: Stored, changes: Json, markup: Json | undefined): R {
  const msg = stored.msg;
  const same =
    Object.entries(changes).every(([k, v]) => JSON.stringify(msg[k]) === JSON.stringify(v)) &&
    JSON.stringify(msg.reply_markup) === JSON.stringify(markup);
  if (same) throw fail('notModified');
  editMessage(stored, { ...changes, reply_markup: markup, edit_date: unixTime(ctx.world) });
  return messageJson(stored) as R;
}

function messageIn(chat: ChatState, p: Reader<'message_id'>): Stored | undefined {
  const id = p.int('message_id') ?? 0;
  return id > 0 ? chat.messages.get(id) : undefined;
}

/** Sending, forwarding, copying, editing, deleting and pinning messages (files are in `files.ts`, other content in `content.ts`). @internal */
export const messageHandlers = {
  sendMessage: (ctx, p) => send<Sent<'sendMessage'>>(ctx, p, () => textOf(ctx, p)),

  sendLocation: (ctx, p) =>
    send<Sent<'sendLocation'>>(ctx, p, () => {
      const latitude = p.float('latitude');
      const longitude = p.float('longitude');
      if (latitude === undefined || longitude === undefined) throw fail('locationMissing');
      if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw fail('locationInvalid');
      // A live location (live_period) can be edited later: see content.ts.
      const accuracy = Math.min(1500, Math.max(0, p.float('horizontal_accuracy') ?? 0));
      return { location: locationJson({ latitude, longitude, horizontal_accuracy: accuracy }, liveOf(p)) };
    }),

  sendContact: (ctx, p) =>
    send<Sent<'sendContact'>>(ctx, p, () => {
      // Client.cpp process_send_contact_query: both are required strings.
      const contact: Json = { phone_number: p.required('phone_number'), first_name: p.required('first_name') };
      const last = p.str('last_name');
      if (last) contact.last_name = last;
      return { contact };
    }),

  sendPoll: (ctx, p) =>
    send<Sent<'sendPoll'>>(ctx, p, () => {
      const question = p.str('question') ?? '';
      if (question.trim() === '') throw fail('pollQuestionEmpty');
      const raw = p.json('options');
      if (raw === undefined || 'error' in raw || !Array.isArray(raw.value)) throw fail('cantParseJson', 'options');
      const options = (raw.value as unknown[]).map((o) => ({
        text: typeof o === 'string' ? o : String((o as Json)?.text ?? ''),
        voter_count: 0,
      }));
      if (options.length < 2) throw fail('pollTooFewOptions');
      if (options.length > 12) throw fail('pollTooManyOptions');
      return {
        poll: {
          id: String(nextId(ctx.world, 'poll')),
          question,
          options,
          total_voter_count: 0,
          is_closed: p.bool('is_closed'),
          is_anonymous: p.str('is_anonymous') === undefined ? true : p.bool('is_anonymous'),
          type: p.str('type') === 'quiz' ? 'quiz' : 'regular',
          allows_multiple_answers: p.bool('allows_multiple_answers'),
        },
      };
    }),

  sendChatAction(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    if (chat.blocked) throw fail('botBlocked');
    threadOf(ctx, chat, p, undefined);
    const action = p.str('action');
    if (!action) throw fail('parameterEmpty', 'action');
    if (!ACTIONS.has(action)) throw fail('actionInvalid');
    return true;
  },

  forwardMessage(ctx, p) {
    // No keyboard and no reply: forwardMessage has neither parameter.
    const chat = chatOf(ctx, p, 'chat_id');
    const thread = threadOf(ctx, chat, p, undefined);
    const source = sourceOf(ctx, p, 'forward');
    checkFlood(ctx.world, ctx.bot.id, chat.id, chat.type !== 'private');
    const fields: Json = {
      forward_origin: { type: 'user', sender_user: source.msg.from, date: source.msg.date },
      ...contentOf(source.msg),
    };
    if (p.bool('protect_content')) fields.has_protected_content = true;
    return messageJson(post(ctx, chat, thread, fields)) as Sent<'forwardMessage'>;
  },

  copyMessage(ctx, p) {
    const message = send(ctx, p, () => {
      const fields = contentOf(sourceOf(ctx, p, 'copy').msg);
      if (p.str('caption') !== undefined && fields.text === undefined) {
        delete fields.caption;
        delete fields.caption_entities;
        Object.assign(fields, captionOf(ctx, p));
      }
      return fields;
    });
    return { message_id: message.message_id };
  },

  editMessageText(ctx, p) {
    const markup = inlineOnly(readMarkup(p));
    const content = textOf(ctx, p);
    const stored = editable(ctx, p);
    if (stored.msg.text === undefined) throw fail('noTextToEdit');
    return finishEdit<Sent<'editMessageText'>>(ctx, stored, { text: content.text, entities: content.entities }, markup);
  },

  editMessageCaption(ctx, p) {
    const markup = inlineOnly(readMarkup(p));
    const caption = captionOf(ctx, p);
    const stored = editable(ctx, p);
    if (stored.msg.text !== undefined) throw fail('noCaptionToEdit');
    return finishEdit<Sent<'editMessageCaption'>>(
      ctx,
      stored,
      { caption: caption.caption, caption_entities: caption.caption_entities },
      markup,
    );
  },

  editMessageReplyMarkup(ctx, p) {
    const markup = inlineOnly(readMarkup(p));
    return finishEdit<Sent<'editMessageReplyMarkup'>>(ctx, editable(ctx, p), {}, markup);
  },

  deleteMessage(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    const stored = messageIn(chat, p);
    if (!stored) throw fail('messageNotFound', 'delete');
    if (stored.msg.forum_topic_created !== undefined) throw fail('cantDelete');
    if (stored.senderId !== ctx.bot.id && !can(ctx, chat, 'can_delete_messages')) throw fail('cantDelete');
    chat.messages.delete(stored.msg.message_id);
    return true;
  },

  pinChatMessage(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    const stored = messageIn(chat, p);
    if (!stored || stored.service) throw fail('messageNotFound', 'pin');
    checkPinRights(ctx, chat);
    stored.pinned = true;
    if (chat.type === 'supergroup')
      postService(ctx, chat, stored.thread, { pinned_message: structuredClone(stored.msg) });
    return true;
  },

  unpinChatMessage(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    checkPinRights(ctx, chat);
    const id = p.int('message_id');
    if (id !== undefined && id > 0) {
      const stored = chat.messages.get(id);
      if (!stored) throw fail('messageNotFound', 'unpin');
      stored.pinned = false;
      return true;
    }
    const last = lastPinned(chat);
    if (last) last.pinned = false;
    return true;
  },

  unpinAllChatMessages(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    checkPinRights(ctx, chat);
    for (const s of chat.messages.values()) s.pinned = false;
    return true;
  },
} satisfies HandlerTable;
