/**
 * The id of a forum's General topic.
 *
 * Telegram answers `message thread not found` when a send carries it, so send methods drop
 * `message_thread_id` when it equals this id; topic-management methods refuse it and name
 * the `*GeneralForumTopic*` method to use instead.
 */
export const GENERAL_TOPIC_ID = 1;

/**
 * The six colours Telegram allows for a topic icon (`icon_color` of `createForumTopic`),
 * by name → RGB integer.
 *
 * @example
 * ```ts
 * import { ForumTopicIconColor } from 'telegram-forum';
 * const params = { chat_id: -1001234567890, name: 'Build #42', icon_color: ForumTopicIconColor.Red };
 * ```
 */
export const ForumTopicIconColor = {
  /** `0x6FB9F0` */
  Blue: 0x6fb9f0,
  /** `0xFFD67E` */
  Yellow: 0xffd67e,
  /** `0xCB86DB` */
  Violet: 0xcb86db,
  /** `0x8EEE98` */
  Green: 0x8eee98,
  /** `0xFF93B2` */
  Rose: 0xff93b2,
  /** `0xFB6F5F` */
  Red: 0xfb6f5f,
} as const;

/** One of the six allowed topic icon colours. */
export type ForumTopicIconColor = (typeof ForumTopicIconColor)[keyof typeof ForumTopicIconColor];

/**
 * Methods whose Bot API parameters include `message_thread_id` (Bot API 10.3): they accept
 * the legacy `"chat*thread"` form. A type test keeps this list equal to `ThreadedMethod`.
 * @internal
 */
export const THREADED_METHOD_NAMES = [
  'sendMessage',
  'sendRichMessage',
  'forwardMessage',
  'forwardMessages',
  'copyMessage',
  'copyMessages',
  'sendPhoto',
  'sendLivePhoto',
  'sendAudio',
  'sendDocument',
  'sendVideo',
  'sendAnimation',
  'sendVoice',
  'sendVideoNote',
  'sendPaidMedia',
  'sendMediaGroup',
  'sendLocation',
  'sendVenue',
  'sendContact',
  'sendPoll',
  'sendDice',
  'sendMessageDraft',
  'sendRichMessageDraft',
  'sendChatAction',
  'sendSticker',
  'sendInvoice',
  'sendGame',
  'editForumTopic',
  'closeForumTopic',
  'reopenForumTopic',
  'deleteForumTopic',
  'unpinAllForumTopicMessages',
] as const;

/**
 * Whether `method` has `message_thread_id`: {@link THREADED_METHOD_NAMES} as one pattern, which
 * bundles smaller than the list (a test checks that both agree on every Bot API method).
 * @internal
 */
export const isThreadedMethod = (method: string): boolean =>
  /^(send(?!Checklist|Gift|ChatJoin)|(forward|copy)Messages?$|(edit|close|reopen|delete)ForumTopic$|unpinAllForumTopicMessages$)/.test(
    method,
  );

/**
 * For a topic-management method (a threaded method with `Forum` in its name), the method to
 * call for the General topic instead: `deleteForumTopic` → `hideGeneralForumTopic` (General
 * cannot be deleted), the others their `…GeneralForum…` namesake. `undefined` for any other
 * method. Expects a method for which {@link isThreadedMethod} holds.
 * @internal
 */
export const generalVariant = (method: string): string | undefined =>
  method.includes('Forum')
    ? method[0] === 'd'
      ? 'hideGeneralForumTopic'
      : method.replace('Forum', 'GeneralForum')
    : undefined;
