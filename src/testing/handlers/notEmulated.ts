import type { Method } from '../../types/methods.js';

/**
 * The Bot API methods the emulator does not implement, by family. Each answers
 * `400 Bad Request: <method> exists in the Bot API but is not emulated by telegram-forum/testing`,
 * so that a test tells a missing feature from a typo (a name that is no Bot API method keeps the
 * server's `404 Not Found`). The dispatcher checks at compile time that every method of the
 * typed method map is either handled or listed here, and at start that none is both.
 * @internal
 */
export const NOT_EMULATED = {
  payments: [
    'sendInvoice',
    'createInvoiceLink',
    'answerShippingQuery',
    'answerPreCheckoutQuery',
    'getMyStarBalance',
    'getStarTransactions',
    'refundStarPayment',
    'editUserStarSubscription',
    'sendPaidMedia',
  ],
  passport: ['setPassportDataErrors'],
  stickerSetAuthoring: [
    'uploadStickerFile',
    'createNewStickerSet',
    'addStickerToSet',
    'setStickerPositionInSet',
    'deleteStickerFromSet',
    'replaceStickerInSet',
    'setStickerEmojiList',
    'setStickerKeywords',
    'setStickerMaskPosition',
    'setStickerSetTitle',
    'deleteStickerSet',
    'setStickerSetThumbnail',
    'setCustomEmojiStickerSetThumbnail',
  ],
  business: [
    'getBusinessConnection',
    'readBusinessMessage',
    'deleteBusinessMessages',
    'setBusinessAccountName',
    'setBusinessAccountUsername',
    'setBusinessAccountBio',
    'setBusinessAccountProfilePhoto',
    'removeBusinessAccountProfilePhoto',
    'setBusinessAccountGiftSettings',
    'getBusinessAccountStarBalance',
    'transferBusinessAccountStars',
    'getBusinessAccountGifts',
  ],
  gifts: [
    'getAvailableGifts',
    'sendGift',
    'giftPremiumSubscription',
    'getUserGifts',
    'getChatGifts',
    'convertGiftToStars',
    'upgradeGift',
    'transferGift',
  ],
  stories: ['postStory', 'repostStory', 'editStory', 'deleteStory'],
  games: ['sendGame', 'setGameScore', 'getGameHighScores'],
  // Bot API 10.1-10.3 additions the official server snapshot (10.0) does not have yet.
  richAndEphemeralMessages: [
    'sendRichMessage',
    'sendRichMessageDraft',
    'editEphemeralMessageText',
    'editEphemeralMessageMedia',
    'editEphemeralMessageCaption',
    'editEphemeralMessageReplyMarkup',
    'deleteEphemeralMessage',
    'answerChatJoinRequestQuery',
    'sendChatJoinRequestWebApp',
  ],
  otherContent: [
    'sendLivePhoto',
    'sendChecklist',
    'editMessageChecklist',
    'deleteMessageReaction',
    'deleteAllMessageReactions',
    'getUserPersonalChatMessages',
    'approveSuggestedPost',
    'declineSuggestedPost',
  ],
  profiles: [
    'getUserProfileAudios',
    'setUserEmojiStatus',
    'setMyProfilePhoto',
    'removeMyProfilePhoto',
    'getUserChatBoosts',
  ],
  chatStickerSets: ['setChatStickerSet', 'deleteChatStickerSet'],
  webAppsAndGuests: [
    'answerWebAppQuery',
    'savePreparedInlineMessage',
    'savePreparedKeyboardButton',
    'answerGuestQuery',
  ],
  managedBots: [
    'getManagedBotToken',
    'replaceManagedBotToken',
    'getManagedBotAccessSettings',
    'setManagedBotAccessSettings',
  ],
  verification: ['verifyUser', 'verifyChat', 'removeUserVerification', 'removeChatVerification'],
} as const satisfies Record<string, readonly Method[]>;

/** A method of the Bot API that the emulator does not implement. @internal */
export type NotEmulatedMethod = (typeof NOT_EMULATED)[keyof typeof NOT_EMULATED][number];

/**
 * Old method names the official server still accepts, and the method each stands for
 * (telegram-bot-api/Client.cpp `Client::init_methods`). They answer exactly like that method.
 * @internal
 */
export const LEGACY_NAMES = {
  kickChatMember: 'banChatMember',
  getChatMembersCount: 'getChatMemberCount',
  setStickerSetThumb: 'setStickerSetThumbnail',
} as const satisfies Record<string, Method>;
