/**
 * Bot API 10.3 object types, with Telegram's field names exactly.
 *
 * They are taken at build time from a well-kept declaration package and bundled into our
 * `.d.ts` files, so the published package has no dependency for them.
 * @module
 */
import type * as T from '@grammyjs/types';
import type { Upload as InputFile } from './methods.js';

export type {
  Animation,
  Audio,
  BotCommand,
  CallbackGame,
  CallbackQuery,
  Chat,
  ChatAdministratorRights,
  ChatFullInfo,
  ChatInviteLink,
  ChatMember,
  ChatMemberUpdated,
  ChatPermissions,
  Contact,
  CopyTextButton,
  DisabledButton,
  Document,
  EphemeralMessageParameters,
  File,
  ForceReply,
  ForumTopic,
  ForumTopicClosed,
  ForumTopicCreated,
  ForumTopicEdited,
  ForumTopicReopened,
  GeneralForumTopicHidden,
  GeneralForumTopicUnhidden,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  KeyboardButton,
  KeyboardButtonPollType,
  KeyboardButtonRequestChat,
  KeyboardButtonRequestManagedBot,
  KeyboardButtonRequestUsers,
  LinkPreviewOptions,
  Location,
  LoginUrl,
  MaybeInaccessibleMessage,
  Message,
  MessageEntity,
  MessageId,
  ParseMode,
  PhotoSize,
  Poll,
  PollAnswer,
  PollOption,
  ReactionType,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
  ReplyParameters,
  ResponseParameters,
  Sticker,
  SwitchInlineQueryChosenChat,
  Update,
  User,
  UserFromGetMe,
  Video,
  Voice,
  WebAppInfo,
  WebhookInfo,
} from '@grammyjs/types';

/** A photo in a media group or an edit; `media` may be an {@link InputFile}. */
export type InputMediaPhoto = T.InputMediaPhoto<InputFile>;
/** A video in a media group or an edit; `media` may be an {@link InputFile}. */
export type InputMediaVideo = T.InputMediaVideo<InputFile>;
/** An audio file in a media group or an edit; `media` may be an {@link InputFile}. */
export type InputMediaAudio = T.InputMediaAudio<InputFile>;
/** A document in a media group or an edit; `media` may be an {@link InputFile}. */
export type InputMediaDocument = T.InputMediaDocument<InputFile>;
/** An animation for an edit; `media` may be an {@link InputFile}. */
export type InputMediaAnimation = T.InputMediaAnimation<InputFile>;
/** Any media for `sendMediaGroup` or `editMessageMedia`. */
export type InputMedia = T.InputMedia<InputFile>;
/** An input poll option for `sendPoll`. */
export type InputPollOption = T.InputPollOption<InputFile>;
