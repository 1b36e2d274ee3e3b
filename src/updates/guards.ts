import type {
  Chat,
  ForumTopicClosed,
  ForumTopicCreated,
  ForumTopicEdited,
  ForumTopicReopened,
  GeneralForumTopicHidden,
  GeneralForumTopicUnhidden,
  Message,
} from '../types/botApi.js';

/**
 * True when the message announces a new topic (`forum_topic_created`); narrows it.
 * @example
 * ```ts
 * import { isForumTopicCreated, type Update } from 'telegram-forum';
 * function onUpdate(update: Update) {
 *   if (isForumTopicCreated(update.message)) console.log(update.message.forum_topic_created.name);
 * }
 * ```
 * @param message - a message, or `undefined`
 * @returns whether it is a `forum_topic_created` service message
 */
export const isForumTopicCreated = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** The service message's content. */
  forum_topic_created: ForumTopicCreated;
} => message?.forum_topic_created !== undefined;

/**
 * True when the message reports a topic's new name or icon (`forum_topic_edited`); narrows it.
 * @param message - a message, or `undefined`
 * @returns whether it is a `forum_topic_edited` service message
 */
export const isForumTopicEdited = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** The service message's content. */
  forum_topic_edited: ForumTopicEdited;
} => message?.forum_topic_edited !== undefined;

/**
 * True when the message reports a closed topic (`forum_topic_closed`); narrows it.
 * @param message - a message, or `undefined`
 * @returns whether it is a `forum_topic_closed` service message
 */
export const isForumTopicClosed = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** The service message's content. */
  forum_topic_closed: ForumTopicClosed;
} => message?.forum_topic_closed !== undefined;

/**
 * True when the message reports a reopened topic (`forum_topic_reopened`); narrows it.
 * @param message - a message, or `undefined`
 * @returns whether it is a `forum_topic_reopened` service message
 */
export const isForumTopicReopened = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** The service message's content. */
  forum_topic_reopened: ForumTopicReopened;
} => message?.forum_topic_reopened !== undefined;

/**
 * True when the message reports that General was hidden (`general_forum_topic_hidden`); narrows it.
 * @param message - a message, or `undefined`
 * @returns whether it is a `general_forum_topic_hidden` service message
 */
export const isGeneralForumTopicHidden = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** The service message's content. */
  general_forum_topic_hidden: GeneralForumTopicHidden;
} => message?.general_forum_topic_hidden !== undefined;

/**
 * True when the message reports that General was shown again (`general_forum_topic_unhidden`); narrows it.
 * @param message - a message, or `undefined`
 * @returns whether it is a `general_forum_topic_unhidden` service message
 */
export const isGeneralForumTopicUnhidden = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** The service message's content. */
  general_forum_topic_unhidden: GeneralForumTopicUnhidden;
} => message?.general_forum_topic_unhidden !== undefined;

/**
 * True when the message is in a topic (`is_topic_message`); narrows `message_thread_id` to a
 * number, which is then safe to answer in. Messages in General are not topic messages.
 * @example
 * ```ts
 * import { isTopicMessage, type Message } from 'telegram-forum';
 * function topicOf(message: Message): number | undefined {
 *   return isTopicMessage(message) ? message.message_thread_id : undefined;
 * }
 * ```
 * @param message - a message, or `undefined`
 * @returns whether it was sent in a topic
 */
export const isTopicMessage = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** Always true here. */
  is_topic_message: true;
  /** The topic the message is in. */
  message_thread_id: number;
} => message?.is_topic_message === true && typeof message.message_thread_id === 'number';

/**
 * True when the message is in the General topic of a forum: its chat is a forum and it is
 * not a topic message. Any `message_thread_id` it carries is not a topic and must not be sent back.
 * @param message - a message, or `undefined`
 * @returns whether it was sent in a forum's General topic
 */
export const isGeneralMessage = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** A forum supergroup. */
  chat: Chat.SupergroupChat & {
    /** Always true here. */
    is_forum: true;
  };
} => message?.chat.is_forum === true && message.is_topic_message !== true;
