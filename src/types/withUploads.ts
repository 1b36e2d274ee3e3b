/**
 * The Bot API types that can hold a file to upload, specialised to {@link InputFile}: where
 * Telegram takes a file, they take a `file_id` or URL string or an upload (sent as an
 * `attach://` part).
 * @module
 */
import type * as T from '@grammyjs/types';
import type { Upload as InputFile } from './methods.js';

/** The typed map of the types package, for our uploads; {@link BotApi} is the one to use. */
export type ApiMethods = T.ApiMethods<InputFile>;
/** Each method's parameter object (`{}` for none), for our uploads. */
export type Opts = T.Opts<InputFile>;

/** Any media for `sendMediaGroup`, `editMessageMedia` or the ephemeral edits. */
export type InputMedia = T.InputMedia<InputFile>;
/** An animation for an edit; `media` may be an upload. */
export type InputMediaAnimation = T.InputMediaAnimation<InputFile>;
/** An audio file in a media group or an edit; `media` may be an upload. */
export type InputMediaAudio = T.InputMediaAudio<InputFile>;
/** A document in a media group or an edit; `media` may be an upload. */
export type InputMediaDocument = T.InputMediaDocument<InputFile>;
/** A live photo in a media group or an edit; `media` and `photo` may be uploads. */
export type InputMediaLivePhoto = T.InputMediaLivePhoto<InputFile>;
/** A photo in a media group or an edit; `media` may be an upload. */
export type InputMediaPhoto = T.InputMediaPhoto<InputFile>;
/** A sticker as the media of a poll option; `media` may be an upload. */
export type InputMediaSticker = T.InputMediaSticker<InputFile>;
/** A video in a media group or an edit; `media` may be an upload. */
export type InputMediaVideo = T.InputMediaVideo<InputFile>;
/** A voice note in a rich message; `media` may be an upload. */
export type InputMediaVoiceNote = T.InputMediaVoiceNote<InputFile>;

/** An answer option for `sendPoll`; its media may be an upload. */
export type InputPollOption = T.InputPollOption<InputFile>;
/** The media of a poll's question or explanation. */
export type InputPollMedia = T.InputPollMedia<InputFile>;
/** The media of a poll's answer option. */
export type InputPollOptionMedia = T.InputPollOptionMedia<InputFile>;

/** Paid media for `sendPaidMedia`. */
export type InputPaidMedia = T.InputPaidMedia<InputFile>;
/** A paid live photo; `media` and `photo` may be uploads. */
export type InputPaidMediaLivePhoto = T.InputPaidMediaLivePhoto<InputFile>;
/** A paid photo; `media` may be an upload. */
export type InputPaidMediaPhoto = T.InputPaidMediaPhoto<InputFile>;
/** A paid video; `media` may be an upload. */
export type InputPaidMediaVideo = T.InputPaidMediaVideo<InputFile>;

/** A profile photo for the bot or a business account: a static photo or an animation, uploaded. */
export type InputProfilePhoto = T.InputProfilePhoto<InputFile>;
/** A static profile photo to upload. */
export type InputProfilePhotoStatic = T.InputProfilePhotoStatic<InputFile>;
/** An animated profile photo (MPEG4) to upload. */
export type InputProfilePhotoAnimated = T.InputProfilePhotoAnimated<InputFile>;

/** The content of a story to post: a photo or a video, uploaded. */
export type InputStoryContent = T.InputStoryContent<InputFile>;
/** A story photo to upload. */
export type InputStoryContentPhoto = T.InputStoryContentPhoto<InputFile>;
/** A story video to upload. */
export type InputStoryContentVideo = T.InputStoryContentVideo<InputFile>;

/** A sticker to add to a set; `sticker` may be an upload. */
export type InputSticker = T.InputSticker<InputFile>;

/** A rich message to send (Bot API 10.1): blocks, or HTML / Markdown with media. */
export type InputRichMessage = T.InputRichMessage<InputFile>;
/** A media item that a rich message's HTML or Markdown refers to. */
export type InputRichMessageMedia = T.InputRichMessageMedia<InputFile>;
/** Any block of a rich message to send. */
export type InputRichBlock = T.InputRichBlock<InputFile>;
/** A list block. */
export type InputRichBlockList = T.InputRichBlockList<InputFile>;
/** An item of a list block. */
export type InputRichBlockListItem = T.InputRichBlockListItem<InputFile>;
/** A block quotation. */
export type InputRichBlockBlockQuotation = T.InputRichBlockBlockQuotation<InputFile>;
/** A collage of media. */
export type InputRichBlockCollage = T.InputRichBlockCollage<InputFile>;
/** A slideshow of media. */
export type InputRichBlockSlideshow = T.InputRichBlockSlideshow<InputFile>;
/** A block whose content unfolds. */
export type InputRichBlockDetails = T.InputRichBlockDetails<InputFile>;
/** An animation block. */
export type InputRichBlockAnimation = T.InputRichBlockAnimation<InputFile>;
/** An audio block. */
export type InputRichBlockAudio = T.InputRichBlockAudio<InputFile>;
/** A document block. */
export type InputRichBlockDocument = T.InputRichBlockDocument<InputFile>;
/** A photo block. */
export type InputRichBlockPhoto = T.InputRichBlockPhoto<InputFile>;
/** A video block. */
export type InputRichBlockVideo = T.InputRichBlockVideo<InputFile>;
/** A voice note block. */
export type InputRichBlockVoiceNote = T.InputRichBlockVoiceNote<InputFile>;
