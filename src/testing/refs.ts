/**
 * How the emulator's helpers name chats, users, messages, topics and bots, and where a user's
 * message goes: the strict-forgiving references every helper takes (users/coerce.ts checks them).
 * @module
 */

/**
 * A chat, where a helper expects one: its id (a number, or a numeric string such as
 * `"-1001000000001"`), a group's `@username`, or any object with its `id` (a `Chat`, a
 * message's `chat`, or a `User` for that user's private chat with the bot).
 */
export type ChatRef =
  | number
  | string
  | {
      /** The chat's id (a user's id for their private chat). */
      readonly id: number;
    };

/** A user, where a helper expects one: a `User` (any object with its `id`), its id, or its id as a numeric string. */
export type UserRef =
  | number
  | string
  | {
      /** The user's id. */
      readonly id: number;
    };

/** A message, where a helper expects one: a `Message` (any object with `chat.id` and `message_id`). */
export interface MessageRef {
  /** The chat the message is in. */
  readonly chat: {
    /** The chat's id. */
    readonly id: number;
  };
  /** Its id in that chat. */
  readonly message_id: number;
}

/** A topic, where a helper expects one: its `message_thread_id` (a number or numeric string), or a `ForumTopic`. */
export type ThreadRef =
  | number
  | string
  | {
      /** The topic's id. */
      readonly message_thread_id: number;
    };

/** A bot, where a helper expects one: its token, or an `EmulatedBot`. */
export type BotRef =
  | string
  | {
      /** The bot's token. */
      readonly token: string;
    };

/** Where and how a user's message goes. */
export interface SendTarget {
  /** A group chat; omitted ⇒ the user's private chat with the bot. */
  chat_id?: ChatRef;
  /**
   * A topic; omitted ⇒ General (or the topic of the message replied to). In a private chat it
   * needs a bot with topics (`has_topics_enabled`).
   */
  message_thread_id?: ThreadRef;
  /** Reply to this message of the same chat (its id, or the message). */
  reply_to_message_id?: number | string | MessageRef;
  /** The bot whose private chat to use; default the first bot. */
  bot?: BotRef;
}
