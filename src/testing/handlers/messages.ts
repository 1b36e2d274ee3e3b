import type { Reader } from '../args.js';
import { fail, orFail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { fixFormattedText } from '../server/entities/fix.js';
import { readFormattedText } from '../server/entities/format.js';
import type { ParsedText } from '../server/entities/html.js';
import { Fields } from '../server/jsonFields.js';
import { readReplyParameters } from '../server/params.js';
import { codePoints } from '../server/text.js';
import { contentOf, lastPinned, messageJson } from '../state/messages.js';
import type { Json, Stored } from '../state/types.js';
import { nextId } from '../state/world.js';
import { checkDeletable, checkLocation, liveOf, locationJson, readLocation } from './common.js';
import type { Context, HandlerTable } from './context.js';
import { type Access, chatOf, checkPinRights, messageOf } from './resolve.js';
import {
  captionFields,
  checkOpen,
  entitiesJson,
  post,
  postService,
  readCaption,
  readText,
  resolveTarget,
  type Sent,
  send,
  textFields,
} from './sending.js';

/** `Client::get_chat_action`: the action names, lower-cased first, with their aliases. */
const ACTIONS: ReadonlySet<string> = new Set([
  'cancel',
  'typing',
  'record_video',
  'upload_video',
  'record_audio',
  'record_voice',
  'upload_audio',
  'upload_voice',
  'upload_photo',
  'upload_document',
  'choose_sticker',
  'pick_up_location',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

/** The message `from_chat_id` and `message_id` name, for a forward or a copy (read access). */
function sourceOf(ctx: Context, p: Reader<'from_chat_id' | 'message_id'>, verb: 'forward' | 'copy'): Stored {
  const from = chatOf(ctx, p, 'from_chat_id', 'read' satisfies Access);
  return messageOf(p, from, verb);
}

/**
 * A poll's options as `Client::get_input_poll_options` reads them (the JSON even when empty):
 * strings, or objects with `text`, `text_parse_mode` and `text_entities`, each read as a text.
 */
function readPollOptions(p: Reader<'options'>): ParsedText[] {
  const list = p.jsonParam('options');
  if (list?.kind !== 'array') return [];
  return list.items.map((item) => {
    if (item.kind === 'string') return orFail(readFormattedText(item.value, '', undefined));
    if (item.kind !== 'object') throw fail('pollOptionType');
    const fields = new Fields(item);
    const text = orFail(fields.string('text', true));
    const mode = orFail(fields.string('text_parse_mode'));
    return orFail(readFormattedText(text, mode, fields.raw('text_entities')));
  });
}

/** Sending, forwarding, copying, deleting and pinning messages (files: `files.ts`; edits: `edits.ts`). @internal */
export const messageHandlers = {
  sendMessage: (ctx, p) =>
    send<Sent<'sendMessage'>>(ctx, p, () => {
      const read = readText(p);
      return () => textFields(ctx, read);
    }),

  sendLocation: (ctx, p) =>
    send<Sent<'sendLocation'>>(ctx, p, () => {
      // Client.cpp process_send_location_query: get_location, then the live fields
      // (get_integer_arg, default 0); a live location can be edited later (edits.ts).
      const location = readLocation(p, p);
      const live = liveOf(p);
      return () => {
        checkLocation(location);
        return { location: locationJson(location, live) };
      };
    }),

  sendContact: (ctx, p) =>
    send<Sent<'sendContact'>>(ctx, p, () => {
      const contact: Json = { phone_number: p.required('phone_number'), first_name: p.required('first_name') };
      const last = p.str('last_name');
      if (last) contact.last_name = last;
      const vcard = p.str('vcard');
      if (vcard) contact.vcard = vcard;
      return { contact };
    }),

  sendPoll: (ctx, p) =>
    send<Sent<'sendPoll'>>(ctx, p, () => {
      const question = orFail(
        readFormattedText(p.str('question') ?? '', p.str('question_parse_mode'), p.str('question_entities')),
      );
      const options = readPollOptions(p);
      const type = p.str('type') ?? '';
      if (type !== 'quiz' && type !== 'regular' && type !== '') throw fail('pollType');
      return () => {
        const fixed = orFail(fixFormattedText(question.text, question.entities));
        if (codePoints(fixed.text) > 300) throw fail('pollQuestionLength');
        if (options.length === 0) throw fail('pollNoOptions');
        if (options.length > 12) throw fail('pollTooManyOptions');
        const texts = options.map((o) => {
          const option = orFail(fixFormattedText(o.text, o.entities));
          if (codePoints(option.text) > 100) throw fail('pollOptionLength');
          return option.entities.length === 0
            ? { text: option.text, voter_count: 0 }
            : { text: option.text, text_entities: entitiesJson(ctx, option.entities), voter_count: 0 };
        });
        return {
          poll: {
            id: String(nextId(ctx.world, 'poll')),
            question: fixed.text,
            ...(fixed.entities.length > 0 ? { question_entities: entitiesJson(ctx, fixed.entities) } : {}),
            options: texts,
            total_voter_count: 0,
            is_closed: p.bool('is_closed'),
            is_anonymous: p.has('is_anonymous') ? p.bool('is_anonymous') : true,
            type: type === 'quiz' ? 'quiz' : 'regular',
            allows_multiple_answers: p.bool('allows_multiple_answers'),
          },
        };
      };
    }),

  sendChatAction(ctx, p) {
    // Client.cpp process_send_chat_action_query: the action (lower-cased) before the chat; the
    // topic is passed on unchecked.
    if (!ACTIONS.has((p.str('action') ?? '').toLowerCase())) throw fail('actionInvalid');
    const chat = chatOf(ctx, p, 'chat_id');
    // Telegram refuses every action towards a user who blocked the bot (USER_IS_BLOCKED).
    if (chat.blocked) throw fail('botBlocked');
    return true;
  },

  forwardMessage(ctx, p) {
    p.required('from_chat_id');
    const source = sourceOf(ctx, p, 'forward');
    const target = resolveTarget(ctx, p, { thread: p.id('message_thread_id'), reply: orFail(readReplyParameters({})) });
    // TDLib MessagesManager::can_forward_message: not service messages, not protected content
    // (which a bot may copy, not forward).
    if (source.service || source.msg.has_protected_content) throw fail('cantForward');
    const fields: Json = {
      forward_origin: { type: 'user', sender_user: source.msg.from, date: source.msg.date },
      ...contentOf(source.msg),
    };
    checkOpen(ctx, target.chat, target.thread);
    checkFlood(ctx.world, ctx.bot.id, target.chat.id, target.chat.type !== 'private');
    if (p.bool('protect_content')) fields.has_protected_content = true;
    return messageJson(post(ctx, target.chat, target.thread, fields)) as Sent<'forwardMessage'>;
  },

  copyMessage(ctx, p) {
    const message = send(ctx, p, () => {
      p.required('from_chat_id');
      // Client.cpp process_copy_message_query: a `caption` parameter, even empty, replaces the caption.
      const caption = p.has('caption') ? readCaption(p) : undefined;
      const source = sourceOf(ctx, p, 'copy');
      return () => {
        if (source.service) throw fail('cantCopy');
        const fields = contentOf(source.msg);
        if (caption && fields.text === undefined) {
          delete fields.caption;
          delete fields.caption_entities;
          Object.assign(fields, captionFields(ctx, caption));
        }
        return fields;
      };
    });
    return { message_id: message.message_id };
  },

  deleteMessage(ctx, p) {
    if ((p.str('chat_id') ?? '') === '') throw fail('chatIdNotSpecified');
    if (p.id('message_id') === 0) throw fail('messageIdMissing');
    const chat = chatOf(ctx, p, 'chat_id');
    const stored = messageOf(p, chat, 'delete');
    checkDeletable(ctx, chat, stored);
    chat.messages.delete(stored.msg.message_id);
    return true;
  },

  pinChatMessage(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    const stored = messageOf(p, chat, 'pin');
    checkPinRights(ctx, chat);
    if (stored.service) throw fail('servicePin');
    stored.pinned = true;
    postService(ctx, chat, stored.thread, { pinned_message: structuredClone(stored.msg) });
    return true;
  },

  unpinChatMessage(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    const stored = p.id('message_id') > 0 ? messageOf(p, chat, 'unpin') : lastPinned(chat);
    if (!stored) throw fail('messageNotFound', 'unpin');
    checkPinRights(ctx, chat);
    stored.pinned = false;
    return true;
  },

  unpinAllChatMessages(ctx, p) {
    const chat = chatOf(ctx, p, 'chat_id');
    checkPinRights(ctx, chat);
    for (const s of chat.messages.values()) s.pinned = false;
    return true;
  },
} satisfies HandlerTable;
