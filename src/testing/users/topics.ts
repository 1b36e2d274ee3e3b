import type { Message } from '../../types/botApi.js';
import type { Delivery } from '../delivery/index.js';
import { hasRight, NO_RIGHTS } from '../state/chats.js';
import { messageCopy, storeMessage } from '../state/messages.js';
import { TOPIC_ICONS } from '../state/stickers.js';
import { addTopic, ICON_COLORS } from '../state/topics.js';
import type { AdminRights, BotState, ChatState, Json, Topic, UserJson, World } from '../state/types.js';
import * as check from './coerce.js';
import { checkPermission, privateFor, tell } from './common.js';

const CREATE_OPTIONS = ['icon_color', 'icon_custom_emoji_id', 'bot'];
const EDIT_OPTIONS = ['name', 'icon_custom_emoji_id', 'bot'];
const ICON_IDS = TOPIC_ICONS.map((icon) => icon.custom_emoji_id!);

/**
 * What owners, administrators and users do with topics: create, rename, close, reopen, delete,
 * hide and unhide General. Each posts the service message bots receive (`forum_topic_created`,
 * `forum_topic_edited`, `forum_topic_closed`, `forum_topic_reopened`,
 * `general_forum_topic_hidden`, `general_forum_topic_unhidden`), from the user; deleting a
 * topic removes its messages and tells no one, as on Telegram.
 * @internal
 */
export function createTopicActions(world: World, delivery: Delivery, first: () => BotState) {
  /** A forum, or the user's own private chat with a bot (`chat` is the user's id then). */
  function forumFor(helper: string, from: UserJson, chat: unknown, bot: unknown): ChatState {
    const key = check.chatKey(helper, 'chat', chat);
    if ('id' in key && key.id > 0) {
      if (key.id !== from.id) throw new TypeError(`${helper}: chat ${key.id} is another user's private chat`);
      const owner = check.botOf(world, helper, 'options.bot', bot, first());
      const dm = privateFor(world, helper, from, owner);
      if (!dm.forum) {
        throw new Error(`${helper}: @${owner.user.username} has no topics in private chats (has_topics_enabled)`);
      }
      return dm;
    }
    const group = check.groupOf(world, helper, 'chat', chat);
    if (!group.forum) throw new Error(`${helper}: chat ${group.id} is not a forum`);
    return group;
  }

  /** The owner or an administrator with `right`, or (where `creator` allows) the topic's creator. */
  function checkStaff(helper: string, chat: ChatState, from: UserJson, right: keyof AdminRights, topic?: Topic) {
    if (chat.type === 'private' || hasRight(chat, from.id, right) || topic?.creatorId === from.id) return;
    throw new Error(
      `${helper}: user ${from.id} is not the owner of chat ${chat.id}, an administrator with ${right}` +
        (topic ? ', or the creator of the topic' : ''),
    );
  }

  function supergroupOnly(helper: string, chat: ChatState): void {
    if (chat.type === 'private') throw new Error(`${helper}: the chat is not a supergroup forum (a private chat)`);
  }

  function topicIn(helper: string, chat: ChatState, thread: unknown, allowGeneral: boolean): Topic | undefined {
    const id = check.threadId(helper, 'thread', thread) ?? 0;
    if (id === 1 && allowGeneral && chat.type === 'supergroup') return undefined;
    const topic = chat.topics.get(id);
    if (!topic) throw new Error(`${helper}: no topic ${id} in chat ${chat.id}`);
    return topic;
  }

  function post(chat: ChatState, thread: number, from: UserJson, fields: Json): Message {
    const stored = storeMessage(world, chat, thread, from, fields, { service: true });
    tell(delivery, chat, stored);
    return messageCopy(stored);
  }

  function iconOf(helper: string, arg: string, value: unknown): string | undefined {
    if (value === undefined) return undefined;
    if (value !== '' && !ICON_IDS.includes(value as string)) {
      throw check.argumentError(helper, arg, "'' or a topic icon's custom_emoji_id (getForumTopicIconStickers)", value);
    }
    return value as string;
  }

  function userCreatesTopic(user: unknown, chat: unknown, name: unknown, options?: unknown): number {
    const helper = 'userCreatesTopic';
    const from = check.userOf(world, helper, 'user', user);
    const title = check.text(helper, 'name', name);
    if (Array.from(title).length > 128) throw new RangeError(`${helper}: name is longer than 128 characters`);
    const opts = check.options<{ icon_color?: unknown; icon_custom_emoji_id?: unknown; bot?: unknown }>(
      helper,
      'options',
      options,
      CREATE_OPTIONS,
    );
    if (opts.icon_color !== undefined && !ICON_COLORS.includes(opts.icon_color as number)) {
      throw check.argumentError(helper, 'options.icon_color', `one of ${ICON_COLORS.join(', ')}`, opts.icon_color);
    }
    const icon = iconOf(helper, 'options.icon_custom_emoji_id', opts.icon_custom_emoji_id) || undefined;
    const forum = forumFor(helper, from, chat, opts.bot);
    if (forum.type === 'private') {
      const bot = world.botsById.get(forum.botId ?? 0)!;
      if (!bot.me.allows_users_to_create_topics) {
        throw new Error(`${helper}: @${bot.user.username} does not allow users to create topics`);
      }
    } else {
      const member = forum.members.get(from.id);
      if (member?.status === 'kicked') throw new Error(`${helper}: user ${from.id} is banned from chat ${forum.id}`);
      if (!member || member.status === 'left') {
        forum.members.set(from.id, { user: from, status: 'member', rights: NO_RIGHTS });
      }
      checkPermission(helper, forum, from, 'can_manage_topics');
    }
    const color = (opts.icon_color as number | undefined) ?? ICON_COLORS[0]!;
    const { stored } = addTopic(world, forum, from, title, color, icon);
    tell(delivery, forum, stored);
    return stored.msg.message_id;
  }

  function userEditsTopic(user: unknown, chat: unknown, thread: unknown, changes: unknown): Message {
    const helper = 'userEditsTopic';
    const from = check.userOf(world, helper, 'user', user);
    const opts = check.options<{ name?: unknown; icon_custom_emoji_id?: unknown; bot?: unknown }>(
      helper,
      'changes',
      changes,
      EDIT_OPTIONS,
    );
    const name = opts.name === undefined ? undefined : check.text(helper, 'changes.name', opts.name);
    if (name !== undefined && Array.from(name).length > 128) {
      throw new RangeError(`${helper}: changes.name is longer than 128 characters`);
    }
    const icon = iconOf(helper, 'changes.icon_custom_emoji_id', opts.icon_custom_emoji_id);
    const forum = forumFor(helper, from, chat, opts.bot);
    const topic = topicIn(helper, forum, thread, true);
    checkStaff(helper, forum, from, 'can_manage_topics', topic);
    const edited: Json = {};
    if (topic) {
      if (name !== undefined && name !== topic.name) edited.name = name;
      if (icon !== undefined && icon !== (topic.icon_custom_emoji_id ?? '')) edited.icon_custom_emoji_id = icon;
    } else {
      if (icon !== undefined) throw new TypeError(`${helper}: the General topic has no icon`);
      if (name !== undefined && name !== forum.general.name) edited.name = name;
    }
    if (Object.keys(edited).length === 0) throw new Error(`${helper}: TOPIC_NOT_MODIFIED (nothing changes)`);
    if (topic) {
      if (edited.name !== undefined) topic.name = name!;
      if (edited.icon_custom_emoji_id !== undefined) topic.icon_custom_emoji_id = icon || undefined;
    } else forum.general.name = name!;
    return post(forum, topic?.id ?? 1, from, { forum_topic_edited: edited });
  }

  function toggle(helper: string, user: unknown, chat: unknown, thread: unknown, close: boolean): Message {
    const from = check.userOf(world, helper, 'user', user);
    const forum = forumFor(helper, from, chat, undefined);
    supergroupOnly(helper, forum);
    const topic = topicIn(helper, forum, thread, true);
    checkStaff(helper, forum, from, 'can_manage_topics', topic);
    const state = topic ?? forum.general;
    if (state.closed === close) throw new Error(`${helper}: TOPIC_NOT_MODIFIED (already ${close ? 'closed' : 'open'})`);
    state.closed = close;
    if (!topic && !close) forum.general.hidden = false;
    return post(forum, topic?.id ?? 1, from, close ? { forum_topic_closed: {} } : { forum_topic_reopened: {} });
  }

  function userDeletesTopic(user: unknown, chat: unknown, thread: unknown): void {
    const helper = 'userDeletesTopic';
    const from = check.userOf(world, helper, 'user', user);
    const forum = forumFor(helper, from, chat, undefined);
    const topic = topicIn(helper, forum, thread, false);
    checkStaff(helper, forum, from, 'can_delete_messages');
    for (const [id, stored] of forum.messages) if (stored.thread === topic!.id) forum.messages.delete(id);
    forum.topics.delete(topic!.id);
  }

  function general(helper: string, user: unknown, chat: unknown, hide: boolean): Message {
    const from = check.userOf(world, helper, 'user', user);
    const forum = forumFor(helper, from, chat, undefined);
    supergroupOnly(helper, forum);
    checkStaff(helper, forum, from, 'can_manage_topics');
    if (forum.general.hidden === hide) {
      throw new Error(`${helper}: TOPIC_NOT_MODIFIED (General is already ${hide ? 'hidden' : 'shown'})`);
    }
    forum.general.hidden = hide;
    // Hiding General closes it too (Bot API docs, hideGeneralForumTopic).
    if (hide) forum.general.closed = true;
    return post(forum, 1, from, hide ? { general_forum_topic_hidden: {} } : { general_forum_topic_unhidden: {} });
  }

  return {
    userCreatesTopic,
    userEditsTopic,
    userClosesTopic: (user: unknown, chat: unknown, thread: unknown) =>
      toggle('userClosesTopic', user, chat, thread, true),
    userReopensTopic: (user: unknown, chat: unknown, thread: unknown) =>
      toggle('userReopensTopic', user, chat, thread, false),
    userDeletesTopic,
    userHidesGeneral: (user: unknown, chat: unknown) => general('userHidesGeneral', user, chat, true),
    userUnhidesGeneral: (user: unknown, chat: unknown) => general('userUnhidesGeneral', user, chat, false),
  };
}
