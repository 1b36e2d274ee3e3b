/**
 * The Bot API types that can hold a file to upload, specialised to {@link Upload}: where
 * Telegram takes a file, they take a `file_id` or URL string, or a `File`, a `Blob` or an
 * `inputFile(…)` (sent as an `attach://` part).
 * @module
 */
import type * as T from '@grammyjs/types';
import type { Upload } from './methods.js';

/** The typed map of the types package, for our uploads; {@link BotApi} is the one to use. */
export type ApiMethods = T.ApiMethods<Upload>;
/** Each method's parameter object (`{}` for none), for our uploads. */
export type Opts = T.Opts<Upload>;

/** Any media for `sendMediaGroup`, `editMessageMedia` or the ephemeral edits. */
export type InputMedia = T.InputMedia<Upload>;
/** An animation for an edit; `media` may be an upload. */
export type InputMediaAnimation = T.InputMediaAnimation<Upload>;
/** An audio file in a media group or an edit; `media` may be an upload. */
export type InputMediaAudio = T.InputMediaAudio<Upload>;
/** A document in a media group or an edit; `media` may be an upload. */
export type InputMediaDocument = T.InputMediaDocument<Upload>;
/** A live photo in a media group or an edit; `media` and `photo` may be uploads. */
export type InputMediaLivePhoto = T.InputMediaLivePhoto<Upload>;
/** A photo in a media group or an edit; `media` may be an upload. */
export type InputMediaPhoto = T.InputMediaPhoto<Upload>;
/** A sticker as the media of a poll option; `media` may be an upload. */
export type InputMediaSticker = T.InputMediaSticker<Upload>;
/** A video in a media group or an edit; `media` may be an upload. */
export type InputMediaVideo = T.InputMediaVideo<Upload>;
/** A voice note in a rich message; `media` may be an upload. */
export type InputMediaVoiceNote = T.InputMediaVoiceNote<Upload>;

/** An answer option for `sendPoll`; its media may be an upload. */
export type InputPollOption = T.InputPollOption<Upload>;
/** The media of a poll's question or explanation. */
export type InputPollMedia = T.InputPollMedia<Upload>;
/** The media of a poll's answer option. */
export type InputPollOptionMedia = T.InputPollOptionMedia<Upload>;

/** Paid media for `sendPaidMedia`. */
export type InputPaidMedia = T.InputPaidMedia<Upload>;
/** A paid live photo; `media` and `photo` may be uploads. */
export type InputPaidMediaLivePhoto = T.InputPaidMediaLivePhoto<Upload>;
/** A paid photo; `media` may be an upload. */
export type InputPaidMediaPhoto = T.InputPaidMediaPhoto<Upload>;
/** A paid video; `media` may be an upload. */
export type InputPaidMediaVideo = T.InputPaidMediaVideo<Upload>;

/** A profile photo for the bot or a business account: a static photo or an animation, uploaded. */
export type InputProfilePhoto = T.InputProfilePhoto<Upload>;
/** A static profile photo to upload. */
export type InputProfilePhotoStatic = T.InputProfilePhotoStatic<Upload>;
/** An animated profile photo (MPEG4) to upload. */
export type InputProfilePhotoAnimated = T.InputProfilePhotoAnimated<Upload>;

/** The content of a story to post: a photo or a video, uploaded. */
export type InputStoryContent = T.InputStoryContent<Upload>;
/** A story photo to upload. */
export type InputStoryContentPhoto = T.InputStoryContentPhoto<Upload>;
/** A story video to upload. */
export type InputStoryContentVideo = T.InputStoryContentVideo<Upload>;

/** A sticker to add to a set; `sticker` may be an upload. */
export type InputSticker = T.InputSticker<Upload>;

/** A rich message to send (Bot API 10.1): blocks, or HTML / Markdown with media. */
export type InputRichMessage = T.InputRichMessage<Upload>;
/** A media item that a rich message's HTML or Markdown refers to. */
export type InputRichMessageMedia = T.InputRichMessageMedia<Upload>;
/** Any block of a rich message to send. */
export type InputRichBlock = T.InputRichBlock<Upload>;
/** A list block. */
export type InputRichBlockList = T.InputRichBlockList<Upload>;
/** An item of a list block. */
export type InputRichBlockListItem = T.InputRichBlockListItem<Upload>;
/** A block quotation. */
export type InputRichBlockBlockQuotation = T.InputRichBlockBlockQuotation<Upload>;
/** A collage of media. */
export type InputRichBlockCollage = T.InputRichBlockCollage<Upload>;
/** A slideshow of media. */
export type InputRichBlockSlideshow = T.InputRichBlockSlideshow<Upload>;
/** A block whose content unfolds. */
export type InputRichBlockDetails = T.InputRichBlockDetails<Upload>;
/** An animation block. */
export type InputRichBlockAnimation = T.InputRichBlockAnimation<Upload>;
/** An audio block. */
export type InputRichBlockAudio = T.InputRichBlockAudio<Upload>;
/** A document block. */
export type InputRichBlockDocument = T.InputRichBlockDocument<Upload>;
/** A photo block. */
export type InputRichBlockPhoto = T.InputRichBlockPhoto<Upload>;
/** A video block. */
export type InputRichBlockVideo = T.InputRichBlockVideo<Upload>;
/** A voice note block. */
export type InputRichBlockVoiceNote = T.InputRichBlockVoiceNote<Upload>;
