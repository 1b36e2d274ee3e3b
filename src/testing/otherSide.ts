import type { ChatInviteLink, Message, MessageEntity, ReactionType, User } from '../types/botApi.js';
import type { Params } from '../types/methods.js';
import type { BotRef, ChatRef, MessageRef, SendTarget, ThreadRef, UserRef } from './refs.js';

/**
 * The public types of the helpers for the other side of the Bot API (issue 17): what users,
 * owners and administrators do besides writing text, and what the emulator reads back.
 * @module
 */

/**
 * A file a user sends: its bytes (named after the kind, e.g. `photo.jpg`, which gives the MIME
 * type), or the `file_id` of a file the emulator already has.
 */
export type UserFile = Uint8Array | string;

/** The content of {@link OtherSide.userSendsMedia}: exactly one kind, with the options of that kind. */
export type UserMedia =
  | {
      /** A photo. */
      photo: UserFile;
      /** Its caption. */
      caption?: string;
    }
  | {
      /** A document. */
      document: UserFile;
      /** Its caption. */
      caption?: string;
      /** The file name of bytes (default `document.bin`); its extension gives the MIME type, as for uploads. */
      file_name?: string;
    }
  | {
      /** A video. */
      video: UserFile;
      /** Its caption. */
      caption?: string;
    }
  | {
      /** A voice message. */
      voice: UserFile;
      /** Its caption. */
      caption?: string;
    }
  | {
      /** A sticker's `file_id`: one of the emulator's own (`getStickerSet({ name: 'EmulatorStickers' })`) or one sent before. */
      sticker: string;
    }
  | {
      /** A point on the map. */
      location: {
        /** -90 to 90. */
        latitude: number;
        /** -180 to 180. */
        longitude: number;
      };
    }
  | {
      /** A phone contact. */
      contact: {
        /** The phone number. */
        phone_number: string;
        /** The contact's first name. */
        first_name: string;
        /** The contact's last name. */
        last_name?: string;
      };
    };

/** How a user joins a group with {@link OtherSide.userJoins}. */
export interface JoinOptions {
  /** The invite link used (its URL or the `ChatInviteLink`); it must be one of the chat's, usable, without approval. */
  invite_link?: string | ChatInviteLink;
  /** A member who adds the user (the service message is from them); they need to be allowed to invite. */
  added_by?: UserRef;
}

/** A join request of {@link OtherSide.userRequestsToJoin}. */
export interface JoinRequestOptions {
  /** A link that needs approval (`creates_join_request`); without it, the request is for the chat itself. */
  invite_link?: string | ChatInviteLink;
  /** The user's bio, as the `chat_join_request` update shows it. */
  bio?: string;
}

/** An inline query of {@link OtherSide.userSendsInlineQuery}. */
export interface InlineQueryOptions {
  /** The offset of the results to return (for paging); default `""`. */
  offset?: string;
  /** Where the query was typed: `sender` (the user's chat with the bot), `private`, `group`, `supergroup` or `channel`. */
  chat_type?: 'sender' | 'private' | 'group' | 'supergroup' | 'channel';
  /** The user's location, for bots that ask for it. */
  location?: {
    /** -90 to 90. */
    latitude: number;
    /** -180 to 180. */
    longitude: number;
  };
  /** The bot asked; default the first bot. It needs `supports_inline_queries`. */
  bot?: BotRef;
}

/** What a bot answered to an inline query (`answerInlineQuery`). */
export interface InlineAnswer {
  /** The results, as the bot sent them. */
  results: Params<'answerInlineQuery'>['results'];
  /** Seconds the results may be cached. */
  cache_time: number;
  /** Cached for this user only. */
  is_personal: boolean;
  /** The offset for the next page; `""` when there is none. */
  next_offset: string;
  /** The button above the results, if any. */
  button?: {
    /** Its label. */
    text: string;
    /** The /start parameter, for a button that opens the bot's chat. */
    start_parameter?: string;
    /** The Web App, for a button that opens one. */
    web_app?: {
      /** Its URL. */
      url: string;
    };
  };
}

/** The reactions one user (or bot) set on a message. */
export interface MessageReactions {
  /** Who reacted. */
  user: User;
  /** Their reactions. */
  reaction: ReactionType[];
}

/** A draft a bot streams to a user (`sendMessageDraft`), while it shows (30 seconds). */
export interface MessageDraft {
  /** The draft's id. */
  draft_id: number;
  /** Its text (empty for the "Thinking…" placeholder). */
  text: string;
  /** Its entities. */
  entities?: MessageEntity[];
  /** The private topic it is shown in. */
  message_thread_id?: number;
}

/** Changes of a topic by {@link OtherSide.userEditsTopic}. */
export interface TopicChanges {
  /** The new name (1-128 characters). */
  name?: string;
  /** A topic icon's `custom_emoji_id` (`getForumTopicIconStickers`), or `""` to remove it; not for General. */
  icon_custom_emoji_id?: string;
  /** For a topic of a private chat: the bot of that chat; default the first bot. */
  bot?: BotRef;
}

/**
 * The helpers that act for the people on the other side of the bot, beyond text messages:
 * media, forwards, blocks, joins and leaves, join requests, reactions, inline queries, and what
 * owners and administrators do with topics. Each checks its arguments like the others (a
 * `TypeError` naming the helper and the argument) and refuses what Telegram would not let the
 * person do with an `Error` that says why.
 */
export interface OtherSide {
  /**
   * A user sends a photo, document, video, voice message, sticker, location or contact (see
   * {@link UserMedia}); files given as bytes are stored, so the bot can `getFile` and download
   * them. Where it goes is the same as for `userSends` (a reply too). In a group the user needs
   * the permission of that kind (`can_send_photos`, …).
   */
  userSendsMedia(user: UserRef, media: UserMedia, target?: SendTarget): Message;
  /** A user forwards a message (from any chat) to the bot, or into `target`; it carries `forward_origin`. */
  userForwards(user: UserRef, message: MessageRef, target?: SendTarget): Message;
  /** Adds a profile photo (the newest first in `getUserProfilePhotos`); `photo` defaults to a few JPEG bytes. */
  userSetsProfilePhoto(user: UserRef, photo?: Uint8Array): void;
  /**
   * A user blocks a bot: the bot gets `my_chat_member` (member → kicked) and its sends to the
   * user answer `403 Forbidden: bot was blocked by the user`. Writing to a blocked bot is an `Error`.
   */
  userBlocksBot(user: UserRef, bot?: BotRef): void;
  /** A user unblocks a bot: `my_chat_member` (kicked → member), and the bot can write again. */
  userUnblocksBot(user: UserRef, bot?: BotRef): void;
  /**
   * A user joins a group (by themselves, with an invite link, or added by a member): the bots
   * see the `new_chat_members` service message, administrator bots that asked for it get
   * `chat_member` (with `invite_link` when one was used). Returns the service message.
   */
  userJoins(user: UserRef, chat: ChatRef, options?: JoinOptions): Message;
  /** A user leaves a group: the `left_chat_member` service message and `chat_member`. Returns the service message. */
  userLeaves(user: UserRef, chat: ChatRef): Message;
  /**
   * A user asks to join a group: administrator bots with `can_invite_users` get
   * `chat_join_request` and may write to the user; `approveChatJoinRequest` lets them in.
   */
  userRequestsToJoin(user: UserRef, chat: ChatRef, options?: JoinRequestOptions): void;
  /**
   * A user sets their reactions on a message (an emoji such as `"👍"`, a `ReactionType`, or a
   * list; `[]` removes them). Administrator bots of the group (the bot of a private chat) get
   * `message_reaction` when they ask for it in `allowed_updates`.
   */
  userReacts(
    user: UserRef,
    message: MessageRef,
    reaction: string | ReactionType | ReadonlyArray<string | ReactionType>,
  ): void;
  /**
   * A user types an inline query for a bot with inline mode (`supports_inline_queries`): the bot
   * gets `inline_query`. Returns the query id; {@link OtherSide.inlineAnswer} reads the answer.
   */
  userSendsInlineQuery(user: UserRef, query: string, options?: InlineQueryOptions): string;
  /** What the bot answered to an inline query (undefined while unanswered). */
  inlineAnswer(queryId: string | number): InlineAnswer | undefined;
  /** The reactions on a message, by user (the bot's own with `setMessageReaction` included). */
  reactions(message: MessageRef): MessageReactions[];
  /** The draft a bot shows in its private chat with a user (`sendMessageDraft`), while it shows. */
  draft(user: UserRef, bot?: BotRef): MessageDraft | undefined;
  /**
   * A user creates a topic; returns its id. In a group the user needs to be the owner, an
   * administrator with `can_manage_topics`, or a member the chat lets create topics (a user
   * not in the group joins it). In the user's private chat with a bot (`chat` is the user) the
   * bot needs `allows_users_to_create_topics`. `icon_color` must be one of the six Telegram
   * allows (`ForumTopicIconColor`), `icon_custom_emoji_id` a topic icon.
   */
  userCreatesTopic(
    user: UserRef,
    chat: ChatRef,
    name: string,
    options?: {
      /** The icon colour (`ForumTopicIconColor`). */
      icon_color?: number;
      /** A topic icon's `custom_emoji_id`. */
      icon_custom_emoji_id?: string;
      /** For a private chat: the bot; default the first bot. */
      bot?: BotRef;
    },
  ): number;
  /**
   * The owner, an administrator with `can_manage_topics`, or the topic's creator renames a topic
   * or changes its icon (thread 1 renames General): `forum_topic_edited`. Returns the service message.
   */
  userEditsTopic(user: UserRef, chat: ChatRef, thread: ThreadRef, changes: TopicChanges): Message;
  /** Closes a topic (1 for General), as in {@link OtherSide.userEditsTopic}: `forum_topic_closed`. */
  userClosesTopic(user: UserRef, chat: ChatRef, thread: ThreadRef): Message;
  /** Reopens a topic (1 for General; reopening General also shows it): `forum_topic_reopened`. */
  userReopensTopic(user: UserRef, chat: ChatRef, thread: ThreadRef): Message;
  /** The owner or an administrator with `can_delete_messages` deletes a topic and its messages (no update, as on Telegram). */
  userDeletesTopic(user: UserRef, chat: ChatRef, thread: ThreadRef): void;
  /** The owner or an administrator with `can_manage_topics` hides General (and closes it): `general_forum_topic_hidden`. */
  userHidesGeneral(user: UserRef, chat: ChatRef): Message;
  /** Shows General again: `general_forum_topic_unhidden`. */
  userUnhidesGeneral(user: UserRef, chat: ChatRef): Message;
}
