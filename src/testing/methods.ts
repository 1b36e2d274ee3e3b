import { CHAT_ACTIONS } from '../methods/sendChatAction.js';
import type { Args, UploadedPart } from './args.js';
import type { World } from './emulator.js';
import { bad, Described, Failure, type Markup, parseHtml, readMarkup } from './markup.js';
import {
  type BotState,
  type ChatState,
  type FileRecord,
  type Json,
  type Member,
  memberJson,
  NO_RIGHTS,
  type Stored,
  type Topic,
} from './state.js';

/** One implemented method. @internal */
export interface Handler {
  method: string;
  run(bot: BotState, args: Args, signal: AbortSignal | undefined): unknown;
}

const ICON_COLORS = [7322096, 16766590, 13338331, 9367192, 16749490, 16478047];
// Real topic-icon custom emoji (id → emoji), as getForumTopicIconStickers returns them.
const ICONS: Array<[string, string]> = [
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
const ACTIONS = new Set(CHAT_ACTIONS);
const CONTENT = [
  'text',
  'entities',
  'photo',
  'document',
  'video',
  'audio',
  'animation',
  'voice',
  'sticker',
  'caption',
  'caption_entities',
  'location',
  'contact',
  'poll',
  'dice',
];
const QUERY_TOO_OLD = 'query is too old and response timeout expired or query ID is invalid';
const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const encoder = new TextEncoder();

/** Builds the table of implemented methods over the emulator's state. @internal */
export function createHandlers(world: World): Map<string, Handler> {
  const table: Record<string, (bot: BotState, args: Args, signal: AbortSignal | undefined) => unknown> = {};
  const sec = () => Math.floor(world.now() / 1000);

  // ------------------------------------------------------------------ resolution helpers

  function chatOf(bot: BotState, args: Args, name = 'chat_id'): ChatState {
    const raw = args.str(name);
    if (raw === undefined || raw.trim() === '') throw bad(`${name} is empty`);
    let chat: ChatState | undefined;
    if (raw.trim().startsWith('@')) {
      const username = raw.trim().slice(1).toLowerCase();
      chat = [...world.chats.values()].find((c) => c.username?.toLowerCase() === username);
    } else {
      const id = args.int(name) ?? 0;
      if (id > 0) {
        const user = world.users.get(id);
        if (!user) throw bad('chat not found');
        if (user.is_bot) throw new Failure(403, "Forbidden: bot can't send messages to bots");
        chat = world.privateChat(bot, user, false);
        if (!chat) throw new Failure(403, "Forbidden: bot can't initiate conversation with a user");
      } else chat = world.chats.get(id);
    }
    if (!chat) throw bad('chat not found');
    if (chat.type === 'supergroup') {
      const status = chat.members.get(bot.id)?.status;
      if (status === 'kicked') throw new Failure(403, 'Forbidden: bot was kicked from the supergroup chat');
      if (status === undefined || status === 'left') {
        throw new Failure(403, 'Forbidden: bot is not a member of the supergroup chat');
      }
    }
    return chat;
  }

  function member(chat: ChatState, id: number): Member | undefined {
    return chat.members.get(id);
  }

  /** Whether the bot has an admin right in a group (always in private chats). */
  function can(bot: BotState, chat: ChatState, right: keyof Member['rights']): boolean {
    if (chat.type === 'private') return true;
    const m = member(chat, bot.id);
    return m?.status === 'creator' || (m?.status === 'administrator' && m.rights[right]);
  }

  /** A forum for the topic methods; private chats only for the methods that allow them. */
  function forumOf(bot: BotState, args: Args, allowPrivate: boolean): ChatState {
    const chat = chatOf(bot, args);
    if (chat.type === 'private' && !allowPrivate) throw bad('the chat is not a supergroup forum');
    if (!chat.forum) throw bad('the chat is not a forum');
    return chat;
  }

  function topicOf(chat: ChatState, args: Args): Topic {
    const id = args.int('message_thread_id') ?? 0;
    if (id <= 0) throw bad('invalid forum topic identifier specified');
    const topic = chat.topics.get(id);
    if (!topic) throw bad('message thread not found');
    return topic;
  }

  function userOf(args: Args): Json & { id: number } {
    const id = args.int('user_id') ?? 0;
    if (id <= 0) throw bad('user_id is empty');
    const user = world.users.get(id);
    if (!user) throw bad('user not found');
    return user;
  }

  /** Telegram's `clean_name`: newlines and no-break spaces become spaces, trimmed, cut to 128. */
  function cleanName(raw: string): string {
    const name = raw.replace(/[\n\r\t\u00a0]/g, ' ').trim();
    return Array.from(name).slice(0, 128).join('');
  }

  /** Posts a service message from the bot (bots do not get updates for their own messages). */
  function service(chat: ChatState, thread: number, from: Json, fields: Json): Stored {
    const stored = world.compose(chat, thread, from, fields);
    stored.service = true;
    return stored;
  }

  // ------------------------------------------------------------------ sending

  interface Target {
    chat: ChatState;
    thread: number;
    replyTo: Stored | undefined;
    external: Stored | undefined;
  }

  /** Chat, topic and reply of a send, with the thread rules of Bot API §5.1. */
  function targetOf(bot: BotState, args: Args): Target {
    const chat = chatOf(bot, args);
    let replyId = args.int('reply_to_message_id');
    let allowMissing = args.bool('allow_sending_without_reply');
    let replyChat = chat;
    const rp = args.json('reply_parameters');
    if (rp !== undefined) {
      if ('error' in rp || typeof rp.value !== 'object' || rp.value === null) {
        throw bad("can't parse reply parameters JSON object");
      }
      const p = rp.value as Json;
      replyId = typeof p.message_id === 'number' ? p.message_id : Number(p.message_id ?? 0) || 0;
      allowMissing = p.allow_sending_without_reply === true;
      if (p.chat_id !== undefined && String(p.chat_id) !== String(chat.id)) {
        const other = world.chats.get(Number(p.chat_id));
        if (!other) throw bad('chat not found');
        replyChat = other;
      }
    }
    let replyTo = replyId !== undefined && replyId > 0 ? replyChat.messages.get(replyId) : undefined;
    if (replyId !== undefined && replyId > 0 && !replyTo && !allowMissing) throw bad('message to be replied not found');
    let thread = 0;
    if (chat.forum) {
      const given = args.int('message_thread_id') ?? 0;
      if (given > 0) {
        if (given === 1 || !chat.topics.has(given)) throw bad('message thread not found');
        thread = given;
      } else thread = replyTo && replyChat === chat ? replyTo.thread : 1;
      const closed = thread === 1 ? chat.general.closed : chat.topics.get(thread)!.closed;
      if (closed && chat.type === 'supergroup' && !can(bot, chat, 'can_manage_topics')) throw bad('TOPIC_CLOSED');
    }
    let external: Stored | undefined;
    if (replyTo && (replyChat !== chat || replyTo.thread !== thread)) {
      external = replyTo;
      replyTo = undefined;
    }
    return { chat, thread, replyTo, external };
  }

  function parseText(args: Args, field: 'text' | 'caption'): { text: string; entities: Json[] | undefined } {
    const raw = args.str(field) ?? '';
    const mode = (args.str(field === 'text' ? 'parse_mode' : 'parse_mode') ?? '').toLowerCase();
    if (!['', 'none', 'html', 'markdown', 'markdownv2'].includes(mode)) throw bad('unsupported parse_mode');
    if (mode === 'html') {
      const parsed = parseHtml(raw);
      return { text: parsed.text, entities: parsed.entities.length > 0 ? fillUsers(parsed.entities) : undefined };
    }
    const given = args.json(field === 'text' ? 'entities' : 'caption_entities');
    if (given !== undefined) {
      if ('error' in given || !Array.isArray(given.value)) throw bad(`can't parse MessageEntity: expected an Array`);
      return { text: raw, entities: given.value.length > 0 ? (given.value as Json[]) : undefined };
    }
    return { text: raw, entities: undefined };
  }

  function fillUsers(entities: Json[]): Json[] {
    for (const e of entities) {
      if (e.type === 'text_mention') {
        const id = (e.user as { id: number }).id;
        e.user = world.users.get(id) ?? { id, is_bot: false, first_name: String(id) };
      }
    }
    return entities;
  }

  function textOf(args: Args): Json {
    const raw = args.str('text');
    if (raw === undefined || raw === '') throw bad('message text is empty');
    if (encoder.encode(raw).length > 32768) throw bad('text is too long');
    const { text, entities } = parseText(args, 'text');
    if (text.trim() === '') throw bad('text must be non-empty');
    if (text.length > 4096) throw bad('message is too long');
    return entities ? { text, entities } : { text };
  }

  function captionOf(args: Args): Json {
    if (args.str('caption') === undefined) return {};
    const { text, entities } = parseText(args, 'caption');
    if (text.length > 1024) throw bad('message caption is too long');
    if (text === '') return {};
    return entities ? { caption: text, caption_entities: entities } : { caption: text };
  }

  /** Applies a keyboard: inline ones live on the message; reply keyboards on the chat. */
  function applyMarkup(chat: ChatState, markup: Markup | undefined, fields: Json): void {
    if (!markup) return;
    if (markup.kind === 'inline') fields.reply_markup = markup.value;
    else if (markup.kind === 'reply') chat.replyKeyboard = markup.value;
    else if (markup.kind === 'remove') chat.replyKeyboard = undefined;
  }

  /** The common path of every send: markup, content, target, flood, store. */
  function send(bot: BotState, args: Args, content: (chat: ChatState) => Json): Json {
    const markup = readMarkup(args);
    const target = targetOf(bot, args);
    const fields = content(target.chat);
    world.flood.check(bot.id, target.chat.id, target.chat.type !== 'private');
    if (args.bool('protect_content')) fields.has_protected_content = true;
    applyMarkup(target.chat, markup, fields);
    const stored = world.compose(target.chat, target.thread, bot.user, fields, target.replyTo, target.external);
    return structuredClone(stored.msg);
  }

  // ------------------------------------------------------------------ files

  const DIRS: Record<string, string> = {
    photo: 'photos',
    document: 'documents',
    video: 'videos',
    audio: 'music',
    animation: 'animations',
    voice: 'voice',
    sticker: 'stickers',
    video_note: 'video_notes',
  };

  function storeFile(kind: string, part: UploadedPart): FileRecord {
    const n = world.nextFile++;
    const dot = part.name.lastIndexOf('.');
    const ext = dot > 0 ? part.name.slice(dot).toLowerCase() : kind === 'photo' ? '.jpg' : '';
    const record: FileRecord = {
      file_id: `EMU${kind.slice(0, 3).toUpperCase()}${n.toString(36).padStart(8, '0')}AAQ`,
      file_unique_id: `AQAD${n.toString(36).padStart(6, '0')}`,
      file_path: `${DIRS[kind] ?? 'documents'}/file_${n}${ext}`,
      bytes: part.bytes,
      name: part.name,
      type: part.type,
    };
    world.files.set(record.file_id, record);
    world.filesByPath.set(record.file_path, record);
    return record;
  }

  /** A file parameter: `attach://name`, a file_id, an HTTP URL, or a part named like the field. */
  function fileOf(args: Args, field: string, kind: string, value = args.str(field)): FileRecord {
    if (value?.startsWith('attach://')) {
      const part = args.file(value.slice(9));
      if (!part) throw bad(`there is no ${field} in the request`);
      return storeFile(kind, part);
    }
    if (value !== undefined && value !== '') {
      const known = world.files.get(value);
      if (known) return known;
      if (/^https?:\/\/\S+$/i.test(value)) {
        const name = value.slice(value.lastIndexOf('/') + 1) || 'file';
        return storeFile(kind, { bytes: new Uint8Array(0), name, type: 'application/octet-stream' });
      }
      throw bad('wrong file identifier/HTTP URL specified');
    }
    const part = args.file(field);
    if (!part) throw bad(`there is no ${field} in the request`);
    return storeFile(kind, part);
  }

  function mediaJson(kind: string, f: FileRecord): Json {
    const base = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.bytes.length };
    switch (kind) {
      case 'photo':
        return { photo: [{ ...base, width: 0, height: 0 }] } as Json;
      case 'video':
      case 'animation':
        return { [kind]: { ...base, width: 0, height: 0, duration: 0, file_name: f.name, mime_type: f.type } };
      case 'audio':
        return { audio: { ...base, duration: 0, file_name: f.name, mime_type: f.type } };
      case 'voice':
        return { voice: { ...base, duration: 0, mime_type: f.type } };
      case 'sticker':
        return {
          sticker: { ...base, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
        };
      default:
        return { document: { ...base, file_name: f.name, mime_type: f.type } };
    }
  }

  for (const kind of ['photo', 'document', 'video', 'audio', 'animation', 'voice', 'sticker']) {
    const name = `send${kind[0]!.toUpperCase()}${kind.slice(1)}`;
    table[name] = (bot, args) =>
      send(bot, args, () => {
        const caption = kind === 'sticker' ? {} : captionOf(args);
        return { ...mediaJson(kind, fileOf(args, kind, kind)), ...caption };
      });
  }

  table.sendMediaGroup = (bot, args) => {
    const raw = args.json('media');
    if (raw === undefined) throw bad('media is empty');
    if ('error' in raw || !Array.isArray(raw.value)) throw bad("can't parse media JSON object");
    const items = raw.value as Json[];
    if (items.length < 2 || items.length > 10) throw bad('wrong number of media specified; must be 2-10');
    const target = targetOf(bot, args);
    const group = String(10_000_000_000_000 + world.nextFile);
    const contents = items.map((item) => {
      if (typeof item !== 'object' || item === null) throw bad("can't parse InputMedia: expected an Object");
      const kind = String(item.type ?? '');
      if (!['photo', 'video', 'audio', 'document'].includes(kind)) throw bad(`can't parse InputMedia: unknown type`);
      const file = fileOf(args, 'media', kind, typeof item.media === 'string' ? item.media : '');
      const fields: Json = { media_group_id: group, ...mediaJson(kind, file) };
      if (typeof item.caption === 'string' && item.caption !== '') fields.caption = item.caption;
      return fields;
    });
    world.flood.check(bot.id, target.chat.id, target.chat.type !== 'private');
    return contents.map((fields) =>
      structuredClone(world.compose(target.chat, target.thread, bot.user, fields, target.replyTo, target.external).msg),
    );
  };

  table.sendMessage = (bot, args) => send(bot, args, () => textOf(args));

  table.sendLocation = (bot, args) =>
    send(bot, args, () => {
      const latitude = args.float('latitude');
      const longitude = args.float('longitude');
      if (latitude === undefined || longitude === undefined) throw bad('latitude and longitude must be specified');
      if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw bad('wrong latitude or longitude specified');
      return { location: { latitude, longitude } };
    });

  table.sendContact = (bot, args) =>
    send(bot, args, () => {
      const phone_number = args.str('phone_number');
      const first_name = args.str('first_name');
      if (!phone_number) throw bad('phone number is empty');
      if (!first_name) throw bad('first name is empty');
      const contact: Json = { phone_number, first_name };
      const last = args.str('last_name');
      if (last) contact.last_name = last;
      return { contact };
    });

  table.sendPoll = (bot, args) =>
    send(bot, args, () => {
      const question = args.str('question') ?? '';
      if (question.trim() === '') throw bad('poll question must be non-empty');
      const raw = args.json('options');
      if (raw === undefined || 'error' in raw || !Array.isArray(raw.value))
        throw bad("can't parse options JSON object");
      const options = (raw.value as unknown[]).map((o) => ({
        text: typeof o === 'string' ? o : String((o as Json)?.text ?? ''),
        voter_count: 0,
      }));
      if (options.length < 2) throw bad('poll must have at least 2 option');
      if (options.length > 12) throw bad("poll can't have more than 12 options");
      const type = args.str('type') === 'quiz' ? 'quiz' : 'regular';
      return {
        poll: {
          id: String(5_000_000_000_000_000 + world.nextFile++),
          question,
          options,
          total_voter_count: 0,
          is_closed: args.bool('is_closed'),
          is_anonymous: args.str('is_anonymous') === undefined ? true : args.bool('is_anonymous'),
          type,
          allows_multiple_answers: args.bool('allows_multiple_answers'),
        },
      };
    });

  table.sendDice = (bot, args) =>
    send(bot, args, () => {
      const emoji = args.str('emoji') || '🎲';
      return { dice: { emoji, value: (world.nextFile++ % 6) + 1 } };
    });

  table.sendChatAction = (bot, args) => {
    const target = targetOf(bot, args);
    const action = args.str('action');
    if (!action) throw bad('action is empty');
    if (!ACTIONS.has(action)) throw bad('wrong parameter action in request');
    target.chat.lastAction = action;
    return true;
  };

  function sourceOf(bot: BotState, args: Args, verb: string): Stored {
    const from = chatOf(bot, args, 'from_chat_id');
    const id = args.int('message_id') ?? 0;
    const stored = id > 0 ? from.messages.get(id) : undefined;
    if (!stored) throw bad(`message to ${verb} not found`);
    if (stored.service) throw bad(`message can't be ${verb === 'copy' ? 'copied' : 'forwarded'}`);
    if (stored.msg.has_protected_content) throw bad(`message can't be ${verb === 'copy' ? 'copied' : 'forwarded'}`);
    return stored;
  }

  function contentOf(msg: Json): Json {
    const out: Json = {};
    for (const key of CONTENT) if (msg[key] !== undefined) out[key] = structuredClone(msg[key]);
    return out;
  }

  table.forwardMessage = (bot, args) =>
    send(bot, args, () => {
      const source = sourceOf(bot, args, 'forward');
      const origin = source.msg.from as Json;
      return {
        forward_origin: { type: 'user', sender_user: origin, date: source.msg.date },
        ...contentOf(source.msg),
      };
    });

  table.copyMessage = (bot, args) => {
    const message = send(bot, args, () => {
      const source = sourceOf(bot, args, 'copy');
      const fields = contentOf(source.msg);
      if (args.str('caption') !== undefined && fields.text === undefined) {
        delete fields.caption;
        delete fields.caption_entities;
        Object.assign(fields, captionOf(args));
      }
      return fields;
    });
    return { message_id: message.message_id };
  };

  /** The message an edit targets: it must exist and be the bot's own. */
  function editable(bot: BotState, args: Args): { chat: ChatState; stored: Stored } {
    if (args.str('inline_message_id') !== undefined && args.str('chat_id') === undefined) {
      throw bad('MESSAGE_ID_INVALID');
    }
    const chat = chatOf(bot, args);
    const id = args.int('message_id') ?? 0;
    if (id <= 0) throw bad('message identifier is not specified');
    const stored = chat.messages.get(id);
    if (!stored) throw bad('message to edit not found');
    if (stored.senderId !== bot.id || stored.service) throw bad("message can't be edited");
    return { chat, stored };
  }

  function inlineOnly(markup: Markup | undefined): Json | undefined {
    if (markup && markup.kind !== 'inline') throw bad('inline keyboard expected');
    return markup?.value;
  }

  function finishEdit(stored: Stored, changes: Json, markup: Json | undefined): Json {
    const msg = stored.msg;
    const same =
      Object.entries(changes).every(([k, v]) => JSON.stringify(msg[k]) === JSON.stringify(v)) &&
      JSON.stringify(msg.reply_markup) === JSON.stringify(markup);
    if (same) throw bad(NOT_MODIFIED);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) delete msg[k];
      else msg[k] = v;
    }
    if (markup === undefined) delete msg.reply_markup;
    else msg.reply_markup = markup;
    msg.edit_date = sec();
    return structuredClone(msg);
  }

  table.editMessageText = (bot, args) => {
    const markup = inlineOnly(readMarkup(args));
    const content = textOf(args);
    const { stored } = editable(bot, args);
    if (stored.msg.text === undefined) throw bad('there is no text in the message to edit');
    return finishEdit(stored, { text: content.text, entities: content.entities }, markup);
  };

  table.editMessageCaption = (bot, args) => {
    const markup = inlineOnly(readMarkup(args));
    const caption = captionOf(args);
    const { stored } = editable(bot, args);
    if (stored.msg.text !== undefined) throw bad('there is no caption in the message to edit');
    return finishEdit(stored, { caption: caption.caption, caption_entities: caption.caption_entities }, markup);
  };

  table.editMessageReplyMarkup = (bot, args) => {
    const markup = inlineOnly(readMarkup(args));
    const { stored } = editable(bot, args);
    return finishEdit(stored, {}, markup);
  };

  table.deleteMessage = (bot, args) => {
    const chat = chatOf(bot, args);
    const id = args.int('message_id') ?? 0;
    const stored = id > 0 ? chat.messages.get(id) : undefined;
    if (!stored) throw bad('message to delete not found');
    if (stored.msg.forum_topic_created !== undefined) throw bad("message can't be deleted");
    if (stored.senderId !== bot.id && !can(bot, chat, 'can_delete_messages')) throw bad("message can't be deleted");
    chat.messages.delete(id);
    return true;
  };

  table.answerCallbackQuery = (bot, args) => {
    const id = args.str('callback_query_id') ?? '';
    const query = world.callbacks.get(id);
    const ttl = world.options.callbackQueryTtlMs ?? 15_000;
    if (!query || query.botId !== bot.id || query.answer !== undefined || world.now() - query.at > ttl) {
      throw bad(QUERY_TOO_OLD);
    }
    const answer: Json = {};
    const text = args.str('text');
    if (text !== undefined) {
      if (Array.from(text).length > 200) throw bad('MESSAGE_TOO_LONG');
      answer.text = text;
    }
    if (args.bool('show_alert')) answer.show_alert = true;
    const url = args.str('url');
    if (url) answer.url = url;
    query.answer = answer;
    return true;
  };

  table.getFile = (_bot, args) => {
    const id = args.str('file_id') ?? '';
    if (id === '') throw bad('file_id is empty');
    const f = world.files.get(id);
    if (!f) throw bad('wrong file_id or the file is temporarily unavailable');
    return { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.bytes.length, file_path: f.file_path };
  };

  // ------------------------------------------------------------------ pins and administration

  function pinsAllowed(bot: BotState, chat: ChatState) {
    if (!can(bot, chat, 'can_pin_messages')) throw bad('not enough rights to manage pinned messages in the chat');
  }

  table.pinChatMessage = (bot, args) => {
    const chat = chatOf(bot, args);
    const id = args.int('message_id') ?? 0;
    const stored = id > 0 ? chat.messages.get(id) : undefined;
    if (!stored || stored.service) throw bad('message to pin not found');
    pinsAllowed(bot, chat);
    stored.pinned = true;
    if (chat.type === 'supergroup')
      service(chat, stored.thread, bot.user, { pinned_message: structuredClone(stored.msg) });
    return true;
  };

  table.unpinChatMessage = (bot, args) => {
    const chat = chatOf(bot, args);
    pinsAllowed(bot, chat);
    const id = args.int('message_id');
    if (id !== undefined && id > 0) {
      const stored = chat.messages.get(id);
      if (!stored) throw bad('message to unpin not found');
      stored.pinned = false;
      return true;
    }
    const pinned = [...chat.messages.values()].filter((s) => s.pinned).pop();
    if (pinned) pinned.pinned = false;
    return true;
  };

  table.unpinAllChatMessages = (bot, args) => {
    const chat = chatOf(bot, args);
    pinsAllowed(bot, chat);
    for (const s of chat.messages.values()) s.pinned = false;
    return true;
  };

  function chatFullInfo(chat: ChatState): Json {
    const out: Json = { ...world.chatJson(chat), accent_color_id: 0, max_reaction_count: 11 };
    const pinned = [...chat.messages.values()].filter((s) => s.pinned).pop();
    if (pinned) out.pinned_message = structuredClone(pinned.msg);
    out.accepted_gift_types = {
      unlimited_gifts: false,
      limited_gifts: false,
      unique_gifts: false,
      premium_subscription: false,
      gifts_from_channels: false,
    };
    return out;
  }

  table.getChat = (bot, args) => chatFullInfo(chatOf(bot, args));

  table.getChatMember = (bot, args) => {
    const chat = chatOf(bot, args);
    const user = userOf(args);
    if (chat.type === 'private') {
      return { user, status: 'member' };
    }
    return memberJson(chat.members.get(user.id) ?? { user, status: 'left', rights: NO_RIGHTS });
  };

  table.getChatAdministrators = (bot, args) => {
    const chat = chatOf(bot, args);
    if (chat.type === 'private') throw bad('there are no administrators in the private chat');
    return [...chat.members.values()]
      .filter((m) => m.status === 'creator' || m.status === 'administrator')
      .map(memberJson);
  };

  table.getChatMemberCount = (bot, args) => {
    const chat = chatOf(bot, args);
    if (chat.type === 'private') return 2;
    return [...chat.members.values()].filter((m) => m.status !== 'left' && m.status !== 'kicked').length;
  };

  function restrictable(bot: BotState, args: Args): { chat: ChatState; user: Json & { id: number } } {
    const chat = chatOf(bot, args);
    const user = userOf(args);
    if (chat.type === 'private') throw bad("chat member status can't be changed in private chats");
    if (!can(bot, chat, 'can_restrict_members')) throw bad('not enough rights to restrict/unrestrict chat member');
    return { chat, user };
  }

  table.banChatMember = (bot, args) => {
    const { chat, user } = restrictable(bot, args);
    if (user.id === bot.id) throw bad("can't remove chat owner");
    const current = chat.members.get(user.id);
    if (current?.status === 'creator') throw bad("can't remove chat owner");
    if (current?.status === 'administrator' && !can(bot, chat, 'can_restrict_members')) {
      throw bad('user is an administrator of the chat');
    }
    world.setMember(chat, { user, status: 'kicked', rights: NO_RIGHTS }, bot.user);
    if (args.bool('revoke_messages')) {
      for (const [id, s] of chat.messages) if (s.senderId === user.id) chat.messages.delete(id);
    }
    return true;
  };

  table.unbanChatMember = (bot, args) => {
    const { chat, user } = restrictable(bot, args);
    const current = chat.members.get(user.id);
    if (current?.status === 'creator') throw bad("can't remove chat owner");
    if (current?.status === 'kicked' || (current && !args.bool('only_if_banned'))) {
      world.setMember(chat, { user, status: 'left', rights: NO_RIGHTS }, bot.user);
    }
    return true;
  };

  let nextLink = 1;
  table.createChatInviteLink = (bot, args) => {
    const chat = chatOf(bot, args);
    if (chat.type === 'private') throw bad("can't invite members to a private chat");
    if (!can(bot, chat, 'can_invite_users')) throw bad('not enough rights to manage chat invite link');
    const link: Json = {
      invite_link: `https://t.me/+EmU${(nextLink++).toString(36).padStart(12, 'A')}`,
      creator: bot.user,
      creates_join_request: args.bool('creates_join_request'),
      is_primary: false,
      is_revoked: false,
    };
    const name = args.str('name');
    if (name) {
      if (Array.from(name).length > 32) throw bad('invite link name is too long');
      link.name = name;
    }
    const expire = args.int('expire_date');
    if (expire) link.expire_date = expire;
    const limit = args.int('member_limit');
    if (limit) {
      if (limit < 1 || limit > 99999) throw bad('member limit must be between 1 and 99999');
      link.member_limit = limit;
    }
    return link;
  };

  table.leaveChat = (bot, args) => {
    const chat = chatOf(bot, args);
    if (chat.type === 'private') throw bad("chat member status can't be changed in private chats");
    world.setMember(chat, { user: bot.user, status: 'left', rights: NO_RIGHTS }, bot.user);
    return true;
  };

  // ------------------------------------------------------------------ forum topics

  table.getForumTopicIconStickers = () =>
    ICONS.map(([custom_emoji_id, emoji], i) => ({
      file_id: `EMUSTK${custom_emoji_id}`,
      file_unique_id: `AgAD${i.toString(36).padStart(4, '0')}`,
      type: 'custom_emoji',
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      emoji,
      set_name: 'Topics',
      custom_emoji_id,
    }));

  table.createForumTopic = (bot, args) => {
    const chat = forumOf(bot, args, true);
    if (!can(bot, chat, 'can_manage_topics')) throw bad('not enough rights to create a topic');
    const name = cleanName(args.str('name') ?? '');
    if (name === '') throw bad('name must be non-empty');
    const color = args.int('icon_color');
    if (color !== undefined && color !== 0 && !ICON_COLORS.includes(color)) throw bad('invalid icon color specified');
    const icon_color = color || ICON_COLORS[0]!;
    const emoji = args.str('icon_custom_emoji_id') || undefined;
    const created: Json = { name, icon_color };
    if (emoji !== undefined) created.icon_custom_emoji_id = emoji;
    world.flood.check(bot.id, chat.id, chat.type !== 'private');
    const stored = service(chat, chat.nextId, bot.user, { forum_topic_created: created });
    const id = stored.msg.message_id;
    chat.topics.set(id, { id, name, icon_color, icon_custom_emoji_id: emoji, closed: false, creatorId: bot.id });
    return { message_thread_id: id, ...created };
  };

  table.editForumTopic = (bot, args) => {
    const chat = forumOf(bot, args, true);
    const topic = topicOf(chat, args);
    const rawName = args.str('name');
    const emoji = args.str('icon_custom_emoji_id');
    if ((rawName === undefined || rawName === '') && emoji === undefined) return true;
    if (topic.creatorId !== bot.id && !can(bot, chat, 'can_manage_topics')) {
      throw bad('not enough rights to edit the topic');
    }
    const edited: Json = {};
    if (rawName !== undefined && rawName !== '') {
      const name = cleanName(rawName);
      if (name === '') throw bad('name must be non-empty');
      if (name !== topic.name) edited.name = name;
    }
    if (emoji !== undefined && emoji !== (topic.icon_custom_emoji_id ?? '')) edited.icon_custom_emoji_id = emoji;
    if (Object.keys(edited).length === 0) throw bad('TOPIC_NOT_MODIFIED');
    if (typeof edited.name === 'string') topic.name = edited.name;
    if (typeof edited.icon_custom_emoji_id === 'string')
      topic.icon_custom_emoji_id = edited.icon_custom_emoji_id || undefined;
    service(chat, topic.id, bot.user, { forum_topic_edited: edited });
    return true;
  };

  function toggleTopic(close: boolean) {
    return (bot: BotState, args: Args) => {
      const chat = forumOf(bot, args, false);
      const topic = topicOf(chat, args);
      if (topic.creatorId !== bot.id && !can(bot, chat, 'can_manage_topics')) {
        throw bad('not enough rights to close or open the topic');
      }
      if (topic.closed === close) throw bad('TOPIC_NOT_MODIFIED');
      topic.closed = close;
      service(chat, topic.id, bot.user, close ? { forum_topic_closed: {} } : { forum_topic_reopened: {} });
      return true;
    };
  }
  table.closeForumTopic = toggleTopic(true);
  table.reopenForumTopic = toggleTopic(false);

  table.deleteForumTopic = (bot, args) => {
    const chat = forumOf(bot, args, true);
    const topic = topicOf(chat, args);
    if (!can(bot, chat, 'can_delete_messages')) throw bad('not enough rights to delete the topic');
    for (const [id, s] of chat.messages) if (s.thread === topic.id) chat.messages.delete(id);
    chat.topics.delete(topic.id);
    return true;
  };

  table.unpinAllForumTopicMessages = (bot, args) => {
    const chat = forumOf(bot, args, true);
    const topic = topicOf(chat, args);
    pinsAllowed(bot, chat);
    for (const s of chat.messages.values()) if (s.thread === topic.id) s.pinned = false;
    return true;
  };

  function general(rightsText: string, change: (chat: ChatState, bot: BotState, args: Args) => Json | undefined) {
    return (bot: BotState, args: Args) => {
      const chat = forumOf(bot, args, false);
      if (!can(bot, chat, 'can_manage_topics')) throw bad(rightsText);
      const fields = change(chat, bot, args);
      if (fields) service(chat, 1, bot.user, fields);
      return true;
    };
  }

  table.editGeneralForumTopic = general('not enough rights to edit the topic', (chat, _bot, args) => {
    const name = cleanName(args.str('name') ?? '');
    if (name === '') throw bad('name must be non-empty');
    if (name === chat.general.name) throw bad('TOPIC_NOT_MODIFIED');
    chat.general.name = name;
    return { forum_topic_edited: { name } };
  });
  const OPEN_CLOSE = 'not enough rights to close or open the topic';
  table.closeGeneralForumTopic = general(OPEN_CLOSE, (chat) => {
    if (chat.general.closed) throw bad('TOPIC_NOT_MODIFIED');
    chat.general.closed = true;
    return { forum_topic_closed: {} };
  });
  table.reopenGeneralForumTopic = general(OPEN_CLOSE, (chat) => {
    if (!chat.general.closed && !chat.general.hidden) throw bad('TOPIC_NOT_MODIFIED');
    chat.general.closed = false;
    chat.general.hidden = false;
    return { forum_topic_reopened: {} };
  });
  table.hideGeneralForumTopic = general(OPEN_CLOSE, (chat) => {
    if (chat.general.hidden) throw bad('TOPIC_NOT_MODIFIED');
    chat.general.hidden = true;
    chat.general.closed = true;
    return { general_forum_topic_hidden: {} };
  });
  table.unhideGeneralForumTopic = general(OPEN_CLOSE, (chat) => {
    if (!chat.general.hidden) throw bad('TOPIC_NOT_MODIFIED');
    chat.general.hidden = false;
    return { general_forum_topic_unhidden: {} };
  });
  table.unpinAllGeneralForumTopicMessages = (bot, args) => {
    const chat = forumOf(bot, args, false);
    pinsAllowed(bot, chat);
    for (const s of chat.messages.values()) if (s.thread === 1) s.pinned = false;
    return true;
  };

  // ------------------------------------------------------------------ bot, updates, webhooks

  table.getMe = (bot) => structuredClone(bot.me);
  table.logOut = () => true;
  table.close = () => true;
  table.setMyCommands = (bot, args) => {
    const raw = args.json('commands');
    if (raw === undefined || 'error' in raw || !Array.isArray(raw.value)) throw bad("can't parse commands JSON object");
    bot.commands = raw.value;
    return true;
  };
  table.getMyCommands = (bot) => structuredClone(bot.commands);
  table.deleteMyCommands = (bot) => {
    bot.commands = [];
    return true;
  };

  function allowedOf(args: Args): string[] | undefined {
    const raw = args.json('allowed_updates');
    if (raw === undefined || 'error' in raw || !Array.isArray(raw.value)) return undefined;
    return (raw.value as unknown[]).filter((v): v is string => typeof v === 'string');
  }

  function setAllowed(bot: BotState, list: string[] | undefined) {
    if (list === undefined) return;
    bot.allowed = list.length === 0 ? undefined : new Set(list);
  }

  table.getUpdates = async (bot, args, signal) => {
    if (bot.webhook) {
      throw new Failure(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const offset = args.int('offset') ?? 0;
    const limit = Math.min(100, Math.max(1, args.int('limit') || 100));
    const timeout = Math.min(50, Math.max(0, args.int('timeout') ?? 0));
    setAllowed(bot, allowedOf(args));
    if (offset > 0) {
      while (bot.queue.length > 0 && (bot.queue[0]!.update_id as number) < offset) bot.queue.shift();
    } else if (offset < 0) {
      bot.queue.splice(0, Math.max(0, bot.queue.length + offset));
    }
    bot.poll?.finish(
      new Failure(
        409,
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      ),
    );
    if (bot.queue.length === 0 && timeout > 0 && !signal?.aborted) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => poll.finish(), timeout * 1000);
        const onAbort = () => poll.finish();
        const poll = {
          finish(error?: unknown) {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (bot.poll === poll) bot.poll = undefined;
            if (error) reject(error);
            else resolve();
          },
        };
        signal?.addEventListener('abort', onAbort);
        bot.poll = poll;
      });
    }
    return structuredClone(bot.queue.slice(0, limit));
  };

  table.setWebhook = (bot, args) => {
    const url = args.str('url') ?? '';
    if (url === '') return removeWebhook(bot, args.bool('drop_pending_updates'));
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw bad('invalid webhook URL specified');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw bad('invalid webhook URL specified');
    if (world.options.strictWebhooks) {
      if (parsed.protocol !== 'https:') throw bad('bad webhook: An HTTPS URL must be provided for webhook');
      if (!['', '443', '80', '88', '8443'].includes(parsed.port)) {
        throw bad('bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
      }
    }
    const secret = args.str('secret_token');
    if (secret !== undefined && secret !== '') {
      if (secret.length > 256) throw bad('secret token is too long');
      if (!/^[A-Za-z0-9_-]+$/.test(secret)) throw bad('secret token contains unallowed characters');
    }
    const maxConnections = Math.min(100, Math.max(1, args.int('max_connections') || 40));
    const allowed = allowedOf(args);
    const ip = args.str('ip_address') || undefined;
    const old = bot.webhook;
    const same =
      old !== undefined &&
      old.url === url &&
      old.secret === (secret || undefined) &&
      old.maxConnections === maxConnections &&
      old.ipAddress === ip &&
      (allowed === undefined || JSON.stringify(allowed) === JSON.stringify(old.allowed));
    if (args.bool('drop_pending_updates')) bot.queue.length = 0;
    if (same) return new Described(true, 'Webhook is already set');
    bot.poll?.finish(new Failure(409, 'Conflict: terminated by setWebhook request'));
    if (old) clearTimeout(old.retryTimer);
    setAllowed(bot, allowed);
    bot.webhook = {
      url,
      secret: secret || undefined,
      maxConnections,
      ipAddress: ip,
      allowed: allowed ?? old?.allowed,
      lastErrorDate: undefined,
      lastErrorMessage: undefined,
      retryTimer: undefined,
    };
    world.pump(bot);
    return new Described(true, 'Webhook was set');
  };

  function removeWebhook(bot: BotState, drop: boolean) {
    if (drop) bot.queue.length = 0;
    const had = bot.webhook !== undefined;
    if (bot.webhook) clearTimeout(bot.webhook.retryTimer);
    bot.webhook = undefined;
    return new Described(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
  }

  table.deleteWebhook = (bot, args) => removeWebhook(bot, args.bool('drop_pending_updates'));

  table.getWebhookInfo = (bot) => {
    const hook = bot.webhook;
    const info: Json = {
      url: hook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: bot.queue.length,
    };
    if (!hook) return info;
    if (hook.ipAddress) info.ip_address = hook.ipAddress;
    if (hook.lastErrorDate !== undefined) {
      info.last_error_date = hook.lastErrorDate;
      info.last_error_message = hook.lastErrorMessage;
    }
    info.max_connections = hook.maxConnections;
    if (hook.allowed) info.allowed_updates = hook.allowed;
    return info;
  };

  const map = new Map<string, Handler>();
  for (const [method, run] of Object.entries(table)) map.set(method.toLowerCase(), { method, run });
  return map;
}
