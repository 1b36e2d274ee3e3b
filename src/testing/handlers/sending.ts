import type { Message, MessageEntity, User } from '../../types/botApi.js';
import type { Method, Result } from '../../types/methods.js';
import type { LegacyParam, Reader } from '../args.js';
import { fail, orFail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { applyMarkup, readMarkupParam, rebuildMarkup } from '../markup.js';
import { fixFormattedText } from '../server/entities/fix.js';
import { readFormattedText, TEXT_LIMITS } from '../server/entities/format.js';
import type { ParsedText } from '../server/entities/html.js';
import { toBotApiEntities } from '../server/entities/types.js';
import { failure } from '../server/outcome.js';
import { type ReplyParameters, readLinkPreviewOptions, readReplyParameters } from '../server/params.js';
import { codePoints } from '../server/text.js';
import { messageJson, type StoreExtras, storeMessage } from '../state/messages.js';
import { isClosed } from '../state/topics.js';
import type { ChatState, Json, Stored } from '../state/types.js';
import type { Context } from './context.js';
import { can, chatByText } from './resolve.js';

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
 * The topic a send names, as `Client::check_message_topic` checks it (after the chat): 0 is no
 * topic; in a forum supergroup the General topic's id and unknown topics are `message thread not
 * found`; in a private chat every topic is looked up (so a chat without topics refuses any);
 * a group without topics ignores it. Returns the thread the message goes to: the one given,
 * else the replied message's (`inherited`), else General in a forum.
 * @internal
 */
export function checkThread(chat: ChatState, given: number, inherited: Stored | undefined): number {
  if (given > 0) {
    if (chat.type === 'private' && !chat.forum) throw fail('threadNotFound');
    if (chat.forum) {
      if (!chat.topics.has(given)) throw fail('threadNotFound');
      return given;
    }
  }
  if (!chat.forum) return 0;
  return inherited ? inherited.thread : 1;
}

/**
 * Telegram refuses a message to a closed topic from a bot without `can_manage_topics`
 * (`TOPIC_CLOSED`; not in the source: Telegram's own rule).
 * @internal
 */
export function checkOpen(ctx: Context, chat: ChatState, thread: number): void {
  if (chat.type === 'supergroup' && isClosed(chat, thread) && !can(ctx, chat, 'can_manage_topics')) {
    throw fail('topicClosed');
  }
}

/** {@link checkThread} and {@link checkOpen} for `message_thread_id`. @internal */
export function threadOf(
  ctx: Context,
  chat: ChatState,
  p: Reader<'message_thread_id'>,
  inherited: Stored | undefined,
): number {
  const thread = checkThread(chat, p.id('message_thread_id'), inherited);
  checkOpen(ctx, chat, thread);
  return thread;
}

/** What `Client::do_send_message` reads before it looks at the chat. @internal */
export interface TargetRequest {
  readonly thread: number;
  readonly reply: ReplyParameters;
}

/** `message_thread_id` (`get_forum_topic_id`) and `reply_parameters` (or the legacy fields). @internal */
export function readTarget(p: Reader<TargetParam>): TargetRequest {
  const thread = p.id('message_thread_id');
  const reply = orFail(
    readReplyParameters({
      reply_parameters: p.str('reply_parameters'),
      reply_to_message_id: p.str('reply_to_message_id'),
      allow_sending_without_reply: p.str('allow_sending_without_reply'),
    }),
  );
  return { thread, reply };
}

/**
 * `Client::check_reply_parameters`: the chat (write access), the topic, then the replied
 * message: in the same chat unless `reply_parameters.chat_id` names another (read access); a
 * missing one is `message to be replied not found` unless `allow_sending_without_reply`. A reply
 * in another chat or topic becomes an external reply.
 * @internal
 */
export function resolveTarget(ctx: Context, p: Reader<'chat_id'>, request: TargetRequest): Target {
  const chatText = p.str('chat_id') ?? '';
  const chat = chatByText(ctx, chatText, 'write');
  const { reply } = request;
  let replyChat = chat;
  if (request.thread > 0) checkThread(chat, request.thread, undefined);
  let replyTo: Stored | undefined;
  if (reply.messageId > 0) {
    if (reply.chatId !== '' && reply.chatId !== chatText) replyChat = chatByText(ctx, reply.chatId, 'read');
    replyTo = replyChat.messages.get(reply.messageId);
    if (!replyTo && !reply.allowSendingWithoutReply) throw fail('replyNotFound');
  }
  const thread = checkThread(chat, request.thread, replyTo && replyChat === chat ? replyTo : undefined);
  let external: Stored | undefined;
  if (replyTo && (replyChat !== chat || replyTo.thread !== thread)) {
    external = replyTo;
    replyTo = undefined;
  }
  return { chat, thread, replyTo, external };
}

/** Chat, topic and reply of a send, with Telegram's thread rules. @internal */
export function targetOf(ctx: Context, p: Reader<TargetParam>): Target {
  return resolveTarget(ctx, p, readTarget(p));
}

/** The parameters {@link readText} reads. @internal */
export type TextParam = 'text' | 'parse_mode' | 'entities' | 'link_preview_options' | 'disable_web_page_preview';

/**
 * The text of `sendMessage`/`editMessageText` as the server reads it (`Client::get_input_message_text`):
 * `link_preview_options` first, then `Message text is empty`, then the parse mode or the
 * `entities` (`Client::get_formatted_text`). TDLib's fixing comes later ({@link textFields}).
 * @internal
 */
export function readText(p: Reader<TextParam>): ParsedText {
  orFail(
    readLinkPreviewOptions({
      link_preview_options: p.str('link_preview_options'),
      disable_web_page_preview: p.str('disable_web_page_preview'),
    }),
  );
  const text = p.str('text') ?? '';
  if (text === '') orFail(failure('Message text is empty'));
  return orFail(readFormattedText(text, p.str('parse_mode'), p.str('entities')));
}

/** The `user` of a `text_mention` entity: the user the emulator knows, or a bare one. */
function userFor(ctx: Context) {
  return (id: number): User =>
    (ctx.world.users.get(id) as unknown as User | undefined) ?? { id, is_bot: false, first_name: '' };
}

/** Entities in the Bot API's JSON (Client.cpp `JsonVectorEntities`), with full users for mentions. @internal */
export function entitiesJson(ctx: Context, entities: ParsedText['entities']): MessageEntity[] {
  return toBotApiEntities(entities, userFor(ctx));
}

/**
 * A read text through TDLib (`fix_formatted_text`: cleaned, trimmed, entities fixed; `Text must
 * be non-empty`) and the length limit (`Message is too long`, in code points): the stored fields.
 * @internal
 */
export function textFields(ctx: Context, read: ParsedText): Json {
  const fixed = orFail(fixFormattedText(read.text, read.entities));
  if (codePoints(fixed.text) > TEXT_LIMITS.message) orFail(failure('Message is too long'));
  if (fixed.entities.length === 0) return { text: fixed.text };
  return { text: fixed.text, entities: toBotApiEntities(fixed.entities, userFor(ctx)) };
}

/** `text` (with `parse_mode` or `entities`) of a message, read and fixed: the fields it stores. @internal */
export function textOf(ctx: Context, p: Reader<TextParam>): Json {
  return textFields(ctx, readText(p));
}

/** The parameters {@link readCaption} reads. @internal */
export type CaptionParam = 'caption' | 'parse_mode' | 'caption_entities';

/** A caption as `Client::get_caption` reads it (an empty or absent one is no caption). @internal */
export function readCaption(p: Reader<CaptionParam>): ParsedText {
  return orFail(readFormattedText(p.str('caption') ?? '', p.str('parse_mode'), p.str('caption_entities')));
}

/**
 * A read caption through TDLib (empty allowed; a caption of only invisible characters is kept as
 * is for bots) and `Message caption is too long`: the stored fields (none when empty).
 * @internal
 */
export function captionFields(ctx: Context, read: ParsedText): Json {
  const fixed = orFail(fixFormattedText(read.text, read.entities, { allowEmpty: true, allowEmptyString: true }));
  if (codePoints(fixed.text) > TEXT_LIMITS.caption) orFail(failure('Message caption is too long'));
  if (fixed.text === '') return {};
  if (fixed.entities.length === 0) return { caption: fixed.text };
  return { caption: fixed.text, caption_entities: toBotApiEntities(fixed.entities, userFor(ctx)) };
}

/** `caption` (with `parse_mode` or `caption_entities`): the fields it stores (none when empty). @internal */
export function captionOf(ctx: Context, p: Reader<CaptionParam>): Json {
  return captionFields(ctx, readCaption(p));
}

/** The message a send method (or an edit, without its `true` for inline messages) answers with. @internal */
export type Sent<M extends Method> = Exclude<Result<M>, boolean>;

/** The parameters {@link send} reads. @internal */
export type SendParam = TargetParam | 'reply_markup' | 'protect_content';

/**
 * What a send method contributes: its message fields, or (to check them in TDLib's order, after
 * the chat and the keyboard) a function that builds them for the resolved target.
 * @internal
 */
export type Content = Json | ((target: Target) => Json);

/**
 * The common path of a send, in the server's order (Client.cpp `do_send_message`, then TDLib
 * `MessagesManager::send_message`): `content()` reads the method's own parameters; then
 * `message_thread_id`, `reply_parameters` and `reply_markup` are read; then chat, topic and reply
 * are resolved; then TDLib rebuilds the keyboard for the chat and builds the content (when
 * `content` returned a function); then Telegram's own checks (a closed topic, flood limits).
 * The message is stored and delivered. `R` is the kind of message `content` builds.
 * @internal
 */
export function send<R extends Message>(ctx: Context, p: Reader<SendParam>, content: () => Content): R {
  const built = content();
  const request = readTarget(p);
  const read = readMarkupParam(p);
  const target = resolveTarget(ctx, p, request);
  const markup = rebuildMarkup(read, target.chat);
  const fields = typeof built === 'function' ? built(target) : built;
  checkOpen(ctx, target.chat, target.thread);
  checkFlood(ctx.world, ctx.bot.id, target.chat.id, target.chat.type !== 'private');
  if (p.bool('protect_content')) fields.has_protected_content = true;
  const hadReplyMarkup = applyMarkup(target.chat, markup, fields);
  const stored = post(ctx, target.chat, target.thread, fields, {
    replyTo: target.replyTo,
    external: target.external,
    hadReplyMarkup,
  });
  return messageJson(stored) as R;
}
