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

/**
 * True when the message was sent in a private chat (a user's chat with the bot); narrows `chat`.
 * @example
 * ```ts
 * import { isPrivateMessage, type Update } from 'telegram-forum';
 * function greet(update: Update): string | undefined {
 *   const message = update.message;
 *   if (isPrivateMessage(message)) return `Hello, ${message.chat.first_name}`;
 * }
 * ```
 * @param message - a message, or `undefined`
 * @returns whether its chat is private
 */
export const isPrivateMessage = <M extends Message>(
  message: M | undefined,
): message is M & {
  /** A private chat. */
  chat: Chat.PrivateChat;
} => message?.chat.type === 'private';

/**
 * The fields that make a message a service message (an event in the chat, not content a user
 * wrote): those the Bot API documents as "Service message", and the older chat events (members
 * joined or left, title, photo, pins, migrations, payments, connected website).
 */
export const SERVICE_MESSAGE_FIELDS = [
  'new_chat_members',
  'left_chat_member',
  'new_chat_title',
  'new_chat_photo',
  'delete_chat_photo',
  'group_chat_created',
  'supergroup_chat_created',
  'channel_chat_created',
  'message_auto_delete_timer_changed',
  'migrate_to_chat_id',
  'migrate_from_chat_id',
  'pinned_message',
  'successful_payment',
  'refunded_payment',
  'users_shared',
  'chat_shared',
  'connected_website',
  'write_access_allowed',
  'proximity_alert_triggered',
  'boost_added',
  'chat_background_set',
  'checklist_tasks_done',
  'checklist_tasks_added',
  'community_chat_added',
  'community_chat_removed',
  'community_chat_joined',
  'suggested_post_approved',
  'suggested_post_approval_failed',
  'suggested_post_declined',
  'suggested_post_paid',
  'suggested_post_refunded',
  'chat_owner_left',
  'chat_owner_changed',
  'managed_bot_created',
  'poll_option_added',
  'poll_option_deleted',
  'forum_topic_created',
  'forum_topic_edited',
  'forum_topic_closed',
  'forum_topic_reopened',
  'general_forum_topic_hidden',
  'general_forum_topic_unhidden',
  'giveaway_created',
  'giveaway_completed',
  'gift',
  'gift_upgrade_sent',
  'unique_gift',
  'paid_message_price_changed',
  'direct_message_price_changed',
  'video_chat_scheduled',
  'video_chat_started',
  'video_chat_ended',
  'video_chat_participants_invited',
  'web_app_data',
] as const satisfies readonly (keyof Message)[];

/** A field of {@link SERVICE_MESSAGE_FIELDS}. */
export type ServiceMessageField = (typeof SERVICE_MESSAGE_FIELDS)[number];

/** A message narrowed to one that carries one of the service fields (which one is a union). */
export type ServiceMessage<M extends Message = Message> = M &
  {
    [K in ServiceMessageField]: {
      [F in K]-?: NonNullable<Message[F]>;
    };
  }[ServiceMessageField];

/**
 * True when the message is a service message: an event such as members joining, a topic
 * created or closed, a pin, a title change, a payment (any field of
 * {@link SERVICE_MESSAGE_FIELDS}). Narrows to a union with that field required.
 * @example
 * ```ts
 * import { isServiceMessage, type Update } from 'telegram-forum';
 * function isContent(update: Update): boolean {
 *   return update.message !== undefined && !isServiceMessage(update.message);
 * }
 * ```
 * @param message - a message, or `undefined`
 * @returns whether it is a service message
 */
export const isServiceMessage = <M extends Message>(message: M | undefined): message is ServiceMessage<M> => {
  if (message === undefined || message === null) return false;
  for (const field of SERVICE_MESSAGE_FIELDS) if (message[field] !== undefined) return true;
  return false;
};
