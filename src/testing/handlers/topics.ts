import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { checkFlood } from '../flood.js';
import { addTopic, ICON_COLORS } from '../state/topics.js';
import type { ChatState, Json } from '../state/types.js';
import type { Context, HandlerTable } from './context.js';
import { can, checkPinRights, cleanName, forumOf, topicOf } from './resolve.js';
import { postService } from './sending.js';

/** Closing or reopening a topic: its creator, or a bot with `can_manage_topics`. */
function toggleTopic(ctx: Context, p: Reader<'chat_id' | 'message_thread_id'>, close: boolean): true {
  const chat = forumOf(ctx, p, false);
  const topic = topicOf(chat, p);
  if (topic.creatorId !== ctx.bot.id && !can(ctx, chat, 'can_manage_topics')) throw fail('rightsOpenCloseTopic');
  if (topic.closed === close) throw fail('topicNotModified');
  topic.closed = close;
  postService(ctx, chat, topic.id, close ? { forum_topic_closed: {} } : { forum_topic_reopened: {} });
  return true;
}

/** A General-topic method: a supergroup forum, `can_manage_topics`, then `change` (which may post a service message). */
function general(
  ctx: Context,
  p: Reader<'chat_id'>,
  rights: 'rightsEditTopic' | 'rightsOpenCloseTopic',
  change: (chat: ChatState) => Json,
): true {
  const chat = forumOf(ctx, p, false);
  if (!can(ctx, chat, 'can_manage_topics')) throw fail(rights);
  postService(ctx, chat, 1, change(chat));
  return true;
}

/** Forum topics and the General topic (the topic icons are in `stickers.ts`). @internal */
export const topicHandlers = {
  createForumTopic(ctx, p) {
    const chat = forumOf(ctx, p, true);
    if (!can(ctx, chat, 'can_manage_topics')) throw fail('rightsCreateTopic');
    const name = cleanName(p.str('name') ?? '');
    if (name === '') throw fail('nameEmpty');
    const color = p.int('icon_color');
    if (color !== undefined && color !== 0 && !ICON_COLORS.includes(color)) throw fail('iconColorInvalid');
    const emoji = p.str('icon_custom_emoji_id') || undefined;
    checkFlood(ctx.world, ctx.bot.id, chat.id, chat.type !== 'private');
    const { topic, stored, created } = addTopic(ctx.world, chat, ctx.bot.user, name, color || ICON_COLORS[0]!, emoji);
    ctx.delivery.deliver({ kind: 'message', payload: stored.msg }, { to: 'chat', chat, message: stored });
    return { message_thread_id: topic.id, ...created };
  },

  editForumTopic(ctx, p) {
    const chat = forumOf(ctx, p, true);
    const topic = topicOf(chat, p);
    const rawName = p.str('name');
    const emoji = p.str('icon_custom_emoji_id');
    if ((rawName === undefined || rawName === '') && emoji === undefined) return true;
    if (topic.creatorId !== ctx.bot.id && !can(ctx, chat, 'can_manage_topics')) throw fail('rightsEditTopic');
    const edited: { name?: string; icon_custom_emoji_id?: string } = {};
    if (rawName !== undefined && rawName !== '') {
      const name = cleanName(rawName);
      if (name === '') throw fail('nameEmpty');
      if (name !== topic.name) edited.name = name;
    }
    if (emoji !== undefined && emoji !== (topic.icon_custom_emoji_id ?? '')) edited.icon_custom_emoji_id = emoji;
    if (edited.name === undefined && edited.icon_custom_emoji_id === undefined) throw fail('topicNotModified');
    if (edited.name !== undefined) topic.name = edited.name;
    if (edited.icon_custom_emoji_id !== undefined)
      topic.icon_custom_emoji_id = edited.icon_custom_emoji_id || undefined;
    postService(ctx, chat, topic.id, { forum_topic_edited: edited });
    return true;
  },

  closeForumTopic: (ctx, p) => toggleTopic(ctx, p, true),
  reopenForumTopic: (ctx, p) => toggleTopic(ctx, p, false),

  deleteForumTopic(ctx, p) {
    const chat = forumOf(ctx, p, true);
    const topic = topicOf(chat, p);
    if (!can(ctx, chat, 'can_delete_messages')) throw fail('rightsDeleteTopic');
    for (const [id, s] of chat.messages) if (s.thread === topic.id) chat.messages.delete(id);
    chat.topics.delete(topic.id);
    return true;
  },

  unpinAllForumTopicMessages(ctx, p) {
    const chat = forumOf(ctx, p, true);
    const topic = topicOf(chat, p);
    checkPinRights(ctx, chat);
    for (const s of chat.messages.values()) if (s.thread === topic.id) s.pinned = false;
    return true;
  },

  editGeneralForumTopic: (ctx, p) =>
    general(ctx, p, 'rightsEditTopic', (chat) => {
      const name = cleanName(p.str('name') ?? '');
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
