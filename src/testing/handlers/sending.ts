import type { Message } from '../../types/botApi.js';
import type { Method, Result } from '../../types/methods.js';
import type { LegacyParam, Reader } from '../args.js';
import { fail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { type Markup, parseHtml, readMarkup, storedReplyKeyboard } from '../markup.js';
import { messageJson, type StoreExtras, storeMessage } from '../state/messages.js';
import { isClosed } from '../state/topics.js';
import type { ChatState, Json, Stored } from '../state/types.js';
import type { Context } from './context.js';
import { can, chatOf } from './resolve.js';

/** Where a message goes: chat, topic (0 outside forums, 1 for General) and what it replies to. @internal */
export interface Target {
  chat: ChatState;
  thread: number;
  replyTo: Stored | undefined;
  external: Stored | undefined;
}

/** The parameters {@link targetOf} reads. @internal */
export type TargetParam = 'chat_id' | 'message_thread_id' | 'reply_parameters' | LegacyParam;

/**
 * Stores a message from the calling bot and hands it to the delivery module (which decides
 * who, if anyone, is told about a bot's message).
 * @internal
 */
export function post(ctx: Context, chat: ChatState, thread: number, fields: Json, extras?: StoreExtras): Stored {
  // Every message of a bot passes here: a user who blocked the bot gets none (USER_IS_BLOCKED).
  if (chat.blocked) throw fail('botBlocked');
  const stored = storeMessage(ctx.world, chat, thread, ctx.bot.user, fields, extras);
  ctx.delivery.deliver({ kind: 'message', payload: stored.msg }, { to: 'chat', chat, message: stored });
  return stored;
}

/** A service message of the calling bot (topic created, edited, closed, pinned, …). @internal */
export function postService(ctx: Context, chat: ChatState, thread: number, fields: Json): Stored {
  return post(ctx, chat, thread, fields, { service: true });
}

/**
 * The topic of a send in a forum: the one given, else the replied message's, else General.
 * The General topic's id and unknown topics are `message thread not found`; a closed topic
 * needs `can_manage_topics` (`TOPIC_CLOSED`).
 * @internal
 */
export function threadOf(
  ctx: Context,
  chat: ChatState,
  p: Reader<'message_thread_id'>,
  inherited: Stored | undefined,
): number {
  if (!chat.forum) return 0;
  const given = p.int('message_thread_id') ?? 0;
  let thread: number;
  if (given > 0) {
    if (given === 1 || !chat.topics.has(given)) throw fail('threadNotFound');
    thread = given;
  } else thread = inherited ? inherited.thread : 1;
  if (isClosed(chat, thread) && chat.type === 'supergroup' && !can(ctx, chat, 'can_manage_topics')) {
    throw fail('topicClosed');
  }
  return thread;
}

/** Chat, topic and reply of a send, with Telegram's thread rules. @internal */
export function targetOf(ctx: Context, p: Reader<TargetParam>): Target {
  const chat = chatOf(ctx, p, 'chat_id');
  let replyId = p.int('reply_to_message_id');
  let allowMissing = p.bool('allow_sending_without_reply');
  let replyChat = chat;
  const parameters = p.json('reply_parameters');
  if (parameters !== undefined) {
    if ('error' in parameters || typeof parameters.value !== 'object' || parameters.value === null) {
      throw fail('cantParseJson', 'reply parameters');
    }
    const given = parameters.value as Json;
    replyId = typeof given.message_id === 'number' ? given.message_id : Number(given.message_id ?? 0) || 0;
    allowMissing = given.allow_sending_without_reply === true;
    if (given.chat_id !== undefined && String(given.chat_id) !== String(chat.id)) {
      const other = ctx.world.chats.get(Number(given.chat_id));
      if (!other) throw fail('chatNotFound');
      replyChat = other;
    }
  }
  let replyTo = replyId !== undefined && replyId > 0 ? replyChat.messages.get(replyId) : undefined;
  if (replyId !== undefined && replyId > 0 && !replyTo && !allowMissing) throw fail('replyNotFound');
  const thread = threadOf(ctx, chat, p, replyTo && replyChat === chat ? replyTo : undefined);
  let external: Stored | undefined;
  if (replyTo && (replyChat !== chat || replyTo.thread !== thread)) {
    external = replyTo;
    replyTo = undefined;
  }
  return { chat, thread, replyTo, external };
}

const encoder = new TextEncoder();

type JsonParam = { value: unknown } | { error: true } | undefined;

/** Text with its `parse_mode` or explicit entities: the text as stored and its entities. */
function formatted(
  ctx: Context,
  raw: string,
  parseMode: string | undefined,
  given: JsonParam,
): { text: string; entities: Json[] | undefined } {
  const mode = (parseMode ?? '').toLowerCase();
  if (mode !== '' && mode !== 'none' && mode !== 'html' && mode !== 'markdown' && mode !== 'markdownv2') {
    throw fail('parseModeUnsupported');
  }
  if (mode === 'html') {
    const parsed = parseHtml(raw);
    return { text: parsed.text, entities: parsed.entities.length > 0 ? withUsers(ctx, parsed.entities) : undefined };
  }
  if (given !== undefined) {
    if ('error' in given || !Array.isArray(given.value)) throw fail('entitiesNotArray');
    return { text: raw, entities: given.value.length > 0 ? (given.value as Json[]) : undefined };
  }
  return { text: raw, entities: undefined };
}

/** A `text_mention` carries the whole `User` the link names. */
function withUsers(ctx: Context, entities: Json[]): Json[] {
  for (const e of entities) {
    if (e.type === 'text_mention') {
      const id = (e.user as { id: number }).id;
      e.user = ctx.world.users.get(id) ?? { id, is_bot: false, first_name: String(id) };
    }
  }
  return entities;
}

/** `text` (with `parse_mode` or `entities`) of a message: the fields it stores. @internal */
export function textOf(ctx: Context, p: Reader<'text' | 'parse_mode' | 'entities'>): Json {
  const raw = p.str('text');
  if (raw === undefined || raw === '') throw fail('textEmpty');
  // At most 3 bytes per UTF-16 unit: only long texts need encoding to be measured.
  if (raw.length > 10_922 && encoder.encode(raw).length > 32768) throw fail('textTooLong');
  const { text, entities } = formatted(ctx, raw, p.str('parse_mode'), p.json('entities'));
  if (text.trim() === '') throw fail('textBlank');
  if (text.length > 4096) throw fail('messageTooLong');
  return entities ? { text, entities } : { text };
}

/** `caption` (with `parse_mode` or `caption_entities`): the fields it stores (none when empty). @internal */
export function captionOf(ctx: Context, p: Reader<'caption' | 'parse_mode' | 'caption_entities'>): Json {
  const raw = p.str('caption');
  if (raw === undefined) return {};
  const { text, entities } = formatted(ctx, raw, p.str('parse_mode'), p.json('caption_entities'));
  if (text.length > 1024) throw fail('captionTooLong');
  if (text === '') return {};
  return entities ? { caption: text, caption_entities: entities } : { caption: text };
}

/** Applies a keyboard: an inline one lives on the message; a reply keyboard on the chat. @internal */
export function applyMarkup(chat: ChatState, markup: Markup | undefined, fields: Json): void {
  if (!markup) return;
  if (markup.kind === 'inline') fields.reply_markup = markup.value;
  else if (markup.kind === 'reply') chat.replyKeyboard = storedReplyKeyboard(markup.value);
  else if (markup.kind === 'remove') chat.replyKeyboard = undefined;
}

/** The message a send method (or an edit, without its `true` for inline messages) answers with. @internal */
export type Sent<M extends Method> = Exclude<Result<M>, boolean>;

/** The parameters {@link send} reads. @internal */
export type SendParam = TargetParam | 'reply_markup' | 'protect_content';

/**
 * The common path of a send: keyboard, target, content (built by `content`, which reads the
 * method's own parameters), flood limits, then the message is stored and delivered. `R` is
 * the kind of message `content` builds (a text message for sendMessage, …): the method's result.
 * @internal
 */
export function send<R extends Message>(ctx: Context, p: Reader<SendParam>, content: () => Json): R {
  const markup = readMarkup(p);
  const target = targetOf(ctx, p);
  const fields = content();
  checkFlood(ctx.world, ctx.bot.id, target.chat.id, target.chat.type !== 'private');
  if (p.bool('protect_content')) fields.has_protected_content = true;
  applyMarkup(target.chat, markup, fields);
  const stored = post(ctx, target.chat, target.thread, fields, { replyTo: target.replyTo, external: target.external });
  return messageJson(stored) as R;
}
