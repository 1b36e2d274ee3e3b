import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { integerArg, toInteger } from '../server/integers.js';
import { addTopic, ICON_COLORS } from '../state/topics.js';
import type { ChatState, Json, Topic } from '../state/types.js';
import type { Context, HandlerTable } from './context.js';
import { can, chatOf, checkPinRights, cleanName, forumOf, topicOf } from './resolve.js';
import { postService } from './sending.js';

/**
 * The topic of a topic method after TDLib's checks (td/telegram/ForumTopicManager.cpp): the
 * forum, then the id (`Invalid forum topic identifier specified`), then `rights` unless the bot
 * created the topic. An unknown topic is Telegram's answer, after those checks.
 */
function ownTopic(
  ctx: Context,
  p: Reader<'chat_id' | 'message_thread_id'>,
  allowPrivate: boolean,
  right: 'can_manage_topics' | 'can_delete_messages',
  refusal: 'rightsEditTopic' | 'rightsOpenCloseTopic' | 'rightsDeleteTopic',
): { chat: ChatState; id: number; topic: Topic | undefined } {
  const chat = forumOf(ctx, p, allowPrivate);
  const id = p.id('message_thread_id');
  if (id <= 0) throw fail('topicIdInvalid');
  const topic = chat.topics.get(id);
  if (topic && topic.creatorId !== ctx.bot.id && !can(ctx, chat, right)) throw fail(refusal);
  return { chat, id, topic };
}

/** A topic that must exist (Telegram answers for an unknown one). */
function known(topic: Topic | undefined): Topic {
  if (!topic) throw fail('threadNotFound');
  return topic;
}

/** Closing or reopening a topic (`toggle_forum_topic_is_closed`: supergroup forums only). */
function toggleTopic(ctx: Context, p: Reader<'chat_id' | 'message_thread_id'>, close: boolean): true {
  const found = ownTopic(ctx, p, false, 'can_manage_topics', 'rightsOpenCloseTopic');
  const topic = known(found.topic);
  if (topic.closed === close) throw fail('topicNotModified');
  topic.closed = close;
  postService(ctx, found.chat, topic.id, close ? { forum_topic_closed: {} } : { forum_topic_reopened: {} });
  return true;
}

/** A General-topic method: a supergroup forum, `can_manage_topics`, then `change` (which may post a service message). */
function general(
  ctx: Context,
  p: Reader<'chat_id'>,
  rights: 'rightsEditTopic' | 'rightsOpenCloseTopic',
  change: (chat: ChatState) => Json | undefined,
): true {
  const chat = forumOf(ctx, p, false);
  if (!can(ctx, chat, 'can_manage_topics')) throw fail(rights);
  const service = change(chat);
  if (service) postService(ctx, chat, 1, service);
  return true;
}

/** `icon_custom_emoji_id` as the server reads it (`td::to_integer<int64>`); 0 is none. */
function emojiIdOf(text: string | undefined): string | undefined {
  const id = toInteger(text ?? '', 64);
  return id === 0n ? undefined : id.toString();
}

/** Forum topics and the General topic (the topic icons are in `stickers.ts`). @internal */
export const topicHandlers = {
  createForumTopic(ctx, p) {
    // Client.cpp process_create_forum_topic_query; TDLib cleans the name first (Requests.cpp
    // CLEAN_INPUT_STRING), then ForumTopicManager::create_forum_topic checks forum, rights, name, colour.
    const color = integerArg(p.str('icon_color'), 0);
    const emoji = emojiIdOf(p.str('icon_custom_emoji_id'));
    const chat = chatOf(ctx, p, 'chat_id');
    const name = cleanName(p.str('name') ?? '');
    if (!chat.forum) throw fail('notAForum');
    if (!can(ctx, chat, 'can_manage_topics')) throw fail('rightsCreateTopic');
    if (name === '') throw fail('nameEmpty');
    if (color < 0 || color > 0xffffff || (color !== 0 && !ICON_COLORS.includes(color))) throw fail('iconColorInvalid');
    checkFlood(ctx.world, ctx.bot.id, chat.id, chat.type !== 'private');
    const { topic, stored, created } = addTopic(ctx.world, chat, ctx.bot.user, name, color || ICON_COLORS[0]!, emoji);
    ctx.delivery.deliver({ kind: 'message', payload: stored.msg }, { to: 'chat', chat, message: stored });
    return { message_thread_id: topic.id, ...created };
  },

  editForumTopic(ctx, p) {
    const found = ownTopic(ctx, p, true, 'can_manage_topics', 'rightsEditTopic');
    const rawName = p.str('name') ?? '';
    const editIcon = p.has('icon_custom_emoji_id');
    const name = cleanName(rawName);
    if (rawName !== '' && name === '') throw fail('nameEmpty');
    // ForumTopicManager::edit_forum_topic: nothing to edit is a success without a request.
    if (rawName === '' && !editIcon) return true;
    const topic = known(found.topic);
    const edited: { name?: string; icon_custom_emoji_id?: string } = {};
    if (rawName !== '' && name !== topic.name) edited.name = name;
    const emoji = emojiIdOf(p.str('icon_custom_emoji_id'));
    if (editIcon && emoji !== topic.icon_custom_emoji_id) edited.icon_custom_emoji_id = emoji ?? '';
    if (edited.name === undefined && edited.icon_custom_emoji_id === undefined) throw fail('topicNotModified');
    if (edited.name !== undefined) topic.name = edited.name;
    if (edited.icon_custom_emoji_id !== undefined) topic.icon_custom_emoji_id = emoji;
    postService(ctx, found.chat, topic.id, { forum_topic_edited: edited });
    return true;
  },

  closeForumTopic: (ctx, p) => toggleTopic(ctx, p, true),
  reopenForumTopic: (ctx, p) => toggleTopic(ctx, p, false),

  deleteForumTopic(ctx, p) {
    const found = ownTopic(ctx, p, true, 'can_delete_messages', 'rightsDeleteTopic');
    const topic = known(found.topic);
    for (const [id, s] of found.chat.messages) if (s.thread === topic.id) found.chat.messages.delete(id);
    found.chat.topics.delete(topic.id);
    return true;
  },

  unpinAllForumTopicMessages(ctx, p) {
    const chat = forumOf(ctx, p, true);
    if (p.id('message_thread_id') <= 0) throw fail('topicIdInvalid');
    checkPinRights(ctx, chat);
    const topic = topicOf(chat, p);
    for (const s of chat.messages.values()) if (s.thread === topic.id) s.pinned = false;
    return true;
  },

  editGeneralForumTopic: (ctx, p) =>
    general(ctx, p, 'rightsEditTopic', (chat) => {
      // Client.cpp process_edit_general_forum_topic_query: an edit of topic 1 with the name only;
      // an empty name edits nothing (ForumTopicManager::edit_forum_topic).
      const raw = p.str('name') ?? '';
      const name = cleanName(raw);
      if (raw === '') return undefined;
      if (name === '') throw fail('nameEmpty');
      if (name === chat.general.name) throw fail('topicNotModified');
      chat.general.name = name;
      return { forum_topic_edited: { name } };
    }),

  closeGeneralForumTopic: (ctx, p) =>
    general(ctx, p, 'rightsOpenCloseTopic', (chat) => {
      if (chat.general.closed) throw fail('topicNotModified');
      chat.general.closed = true;
      return { forum_topic_closed: {} };
    }),

  reopenGeneralForumTopic: (ctx, p) =>
    general(ctx, p, 'rightsOpenCloseTopic', (chat) => {
      if (!chat.general.closed && !chat.general.hidden) throw fail('topicNotModified');
      chat.general.closed = false;
      chat.general.hidden = false;
      return { forum_topic_reopened: {} };
    }),

  hideGeneralForumTopic: (ctx, p) =>
    general(ctx, p, 'rightsOpenCloseTopic', (chat) => {
      if (chat.general.hidden) throw fail('topicNotModified');
      chat.general.hidden = true;
      chat.general.closed = true;
      return { general_forum_topic_hidden: {} };
    }),

  unhideGeneralForumTopic: (ctx, p) =>
    general(ctx, p, 'rightsOpenCloseTopic', (chat) => {
      if (!chat.general.hidden) throw fail('topicNotModified');
      chat.general.hidden = false;
      return { general_forum_topic_unhidden: {} };
    }),

  unpinAllGeneralForumTopicMessages(ctx, p) {
    const chat = forumOf(ctx, p, false);
    checkPinRights(ctx, chat);
    for (const s of chat.messages.values()) if (s.thread === 1) s.pinned = false;
    return true;
  },
} satisfies HandlerTable;
