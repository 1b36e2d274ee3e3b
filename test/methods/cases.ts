import { inputFile } from '../../src/client/inputFile.js';
import type { Method, Params } from '../../src/types/methods.js';

/**
 * The method list: every Bot API 10.3 method has a row here, and a module in src/methods. The
 * compiler checks the rows against the typed map (`satisfies`: a method without a row, a row
 * without a method, or params that the method does not take are type errors); the runtime table
 * test (methods.test.ts) checks each module against its row, the type table (methods.test-d.ts)
 * each module's signature.
 */

/** Two old names the types package still lists; they have no modules (use the new ones). */
export const ALIASES = {
  kickChatMember: 'banChatMember',
  getChatMembersCount: 'getChatMemberCount',
} as const satisfies Partial<Record<Method, Method>>;

/** A Bot API method that has a module: every method but the {@link ALIASES}. */
export type ApiMethod = Exclude<Method, keyof typeof ALIASES>;

/** A call the module refuses before sending: its params and the field the error names. */
export interface Refusal {
  params: object;
  field: string;
}

/** One row. */
export type Case<M extends ApiMethod> = {
  /** How the module takes params: `(client, options?)`, `(client, params?, options?)`, or required. */
  takes: 'nothing' | 'optional' | 'params';
  /** Calls the module refuses before sending (beyond the topic rules every method shares). */
  refuses?: (base: Params<M>) => Refusal[];
} & (Record<string, never> extends Params<M> ? { params?: Params<M> } : { params: Params<M> });

export const FORUM = -1001234567890;
export const USER = 461699897;
const TOPIC = 42;
/** The file name of the uploads in the rows. */
export const UPLOAD = 'photo.jpg';
const file = () => inputFile(new Uint8Array([1, 2, 3]), UPLOAD);
const text = { message_text: 'Hello' };
const article = { type: 'article', id: 'a1', title: 'Hello', input_message_content: text } as const;

/** A `parse_mode`-like field with a value Telegram does not know. */
const badParseMode =
  (field = 'parse_mode') =>
  (base: object): Refusal[] => [{ params: { ...base, [field]: 'html5' }, field }];
const badMessageIds = (base: object): Refusal[] => [
  { params: { ...base, message_ids: [] }, field: 'message_ids' },
  { params: { ...base, message_ids: Array.from({ length: 101 }, (_, i) => i + 1) }, field: 'message_ids' },
];
const badTag =
  (field: string) =>
  (base: object): Refusal[] => [
    { params: { ...base, [field]: 'seventeen letters' }, field },
    { params: { ...base, [field]: 'on call 🔥' }, field },
    { params: { ...base, [field]: 'EU 🇪🇺' }, field },
    { params: { ...base, [field]: 16 }, field },
  ];
const badDraft = (base: object): Refusal[] => [
  { params: { ...base, chat_id: FORUM }, field: 'chat_id' },
  { params: { ...base, chat_id: '@forum_group' }, field: 'chat_id' },
  { params: { ...base, draft_id: 0 }, field: 'draft_id' },
  { params: { ...base, draft_id: 1.5 }, field: 'draft_id' },
];

export const CASES = {
  // Updates and the bot
  getUpdates: { takes: 'optional', params: { offset: 1, timeout: 0 } },
  setWebhook: {
    takes: 'params',
    params: { url: 'https://example.com/hook', secret_token: 's3cret' },
    refuses: (base) => [{ params: { ...base, secret_token: 'not allowed!' }, field: 'secret_token' }],
  },
  deleteWebhook: { takes: 'optional', params: { drop_pending_updates: true } },
  getWebhookInfo: { takes: 'nothing' },
  getMe: { takes: 'nothing' },
  logOut: { takes: 'nothing' },
  close: { takes: 'nothing' },

  // Sending
  sendMessage: {
    takes: 'params',
    params: { chat_id: FORUM, message_thread_id: TOPIC, text: 'Build #42 failed' },
    refuses: (base) => [{ params: { ...base, text: '' }, field: 'text' }, ...badParseMode()(base)],
  },
  sendRichMessage: { takes: 'params', params: { chat_id: FORUM, rich_message: { html: '<b>Release notes</b>' } } },
  forwardMessage: { takes: 'params', params: { chat_id: FORUM, from_chat_id: USER, message_id: 12 } },
  forwardMessages: {
    takes: 'params',
    params: { chat_id: FORUM, from_chat_id: USER, message_ids: [12, 13] },
    refuses: badMessageIds,
  },
  copyMessage: {
    takes: 'params',
    params: { chat_id: FORUM, from_chat_id: USER, message_id: 12 },
    refuses: badParseMode(),
  },
  copyMessages: {
    takes: 'params',
    params: { chat_id: FORUM, from_chat_id: USER, message_ids: [12, 13] },
    refuses: badMessageIds,
  },
  sendPhoto: { takes: 'params', params: { chat_id: FORUM, photo: 'AgACAgIAAxkBAAIB' }, refuses: badParseMode() },
  sendLivePhoto: {
    takes: 'params',
    params: { chat_id: FORUM, photo: 'AgACAgIAAxkBAAIB', live_photo: 'BAACAgIAAxkBAAIC' },
    refuses: badParseMode(),
  },
  sendAudio: { takes: 'params', params: { chat_id: FORUM, audio: 'CQACAgIAAxkBAAIB' }, refuses: badParseMode() },
  sendDocument: { takes: 'params', params: { chat_id: FORUM, document: 'BQACAgIAAxkBAAIB' }, refuses: badParseMode() },
  sendVideo: { takes: 'params', params: { chat_id: FORUM, video: 'BAACAgIAAxkBAAIB' }, refuses: badParseMode() },
  sendAnimation: {
    takes: 'params',
    params: { chat_id: FORUM, animation: 'CgACAgIAAxkBAAIB' },
    refuses: badParseMode(),
  },
  sendVoice: { takes: 'params', params: { chat_id: FORUM, voice: 'AwACAgIAAxkBAAIB' }, refuses: badParseMode() },
  sendVideoNote: { takes: 'params', params: { chat_id: FORUM, video_note: 'DQACAgIAAxkBAAIB' } },
  sendPaidMedia: {
    takes: 'params',
    params: { chat_id: FORUM, star_count: 10, media: [{ type: 'photo', media: 'AgACAgIAAxkBAAIB' }] },
    refuses: badParseMode(),
  },
  sendMediaGroup: {
    takes: 'params',
    params: {
      chat_id: FORUM,
      media: [
        { type: 'photo', media: 'AgACAgIAAxkBAAIB' },
        { type: 'photo', media: 'AgACAgIAAxkBAAIC' },
      ],
    },
    refuses: (base) => [{ params: { ...base, media: [] }, field: 'media' }],
  },
  sendLocation: { takes: 'params', params: { chat_id: FORUM, latitude: 52.52, longitude: 13.405 } },
  editMessageLiveLocation: {
    takes: 'params',
    params: { chat_id: FORUM, message_id: 12, latitude: 52.52, longitude: 13.405 },
  },
  stopMessageLiveLocation: { takes: 'params', params: { chat_id: FORUM, message_id: 12 } },
  sendVenue: {
    takes: 'params',
    params: { chat_id: FORUM, latitude: 52.52, longitude: 13.405, title: 'Office', address: 'Main St 1' },
  },
  sendContact: { takes: 'params', params: { chat_id: FORUM, phone_number: '+4930123456', first_name: 'Ada' } },
  sendPoll: {
    takes: 'params',
    params: { chat_id: FORUM, question: 'Deploy now?', options: [{ text: 'Yes' }, { text: 'No' }] },
    refuses: (base) => [
      { params: { ...base, question: '' }, field: 'question' },
      { params: { ...base, options: [] }, field: 'options' },
      { params: { ...base, type: 'survey' }, field: 'type' },
    ],
  },
  sendChecklist: {
    takes: 'params',
    params: {
      business_connection_id: 'bc1',
      chat_id: USER,
      checklist: { title: 'Release', tasks: [{ id: 1, text: 'Tag' }] },
    },
  },
  editMessageChecklist: {
    takes: 'params',
    params: {
      business_connection_id: 'bc1',
      chat_id: USER,
      message_id: 12,
      checklist: { title: 'Release', tasks: [{ id: 1, text: 'Tag' }] },
    },
  },
  sendDice: { takes: 'params', params: { chat_id: FORUM, emoji: '🎯' } },
  sendMessageDraft: {
    takes: 'params',
    params: { chat_id: USER, draft_id: 7, text: 'Thinking about it' },
    refuses: (base) => [...badDraft(base), ...badParseMode()(base)],
  },
  sendRichMessageDraft: {
    takes: 'params',
    params: { chat_id: USER, draft_id: 7, rich_message: { markdown: '**Almost** there' } },
    refuses: badDraft,
  },
  sendChatAction: {
    takes: 'params',
    params: { chat_id: FORUM, action: 'typing' },
    refuses: (base) => [{ params: { ...base, action: 'dancing' }, field: 'action' }],
  },
  setMessageReaction: {
    takes: 'params',
    params: { chat_id: FORUM, message_id: 12, reaction: [{ type: 'emoji', emoji: '👍' }] },
  },

  // Users
  getUserProfilePhotos: { takes: 'params', params: { user_id: USER, limit: 1 } },
  getUserProfileAudios: { takes: 'params', params: { user_id: USER } },
  setUserEmojiStatus: {
    takes: 'params',
    params: { user_id: USER, emoji_status_custom_emoji_id: '5368324170671202286' },
  },
  getFile: { takes: 'params', params: { file_id: 'BQACAgIAAxkBAAIB' } },

  // Chat administration
  banChatMember: { takes: 'params', params: { chat_id: FORUM, user_id: USER, revoke_messages: false } },
  unbanChatMember: { takes: 'params', params: { chat_id: FORUM, user_id: USER, only_if_banned: true } },
  restrictChatMember: {
    takes: 'params',
    params: { chat_id: FORUM, user_id: USER, permissions: { can_send_messages: false } },
  },
  promoteChatMember: { takes: 'params', params: { chat_id: FORUM, user_id: USER, can_manage_topics: true } },
  setChatAdministratorCustomTitle: {
    takes: 'params',
    params: { chat_id: FORUM, user_id: USER, custom_title: 'Release captain' },
    refuses: badTag('custom_title'),
  },
  setChatMemberTag: {
    takes: 'params',
    params: { chat_id: FORUM, user_id: USER, tag: 'on call' },
    refuses: (base) => [...badTag('tag')(base), { params: { ...base, chat_id: USER }, field: 'chat_id' }],
  },
  banChatSenderChat: { takes: 'params', params: { chat_id: FORUM, sender_chat_id: -1009876543210 } },
  unbanChatSenderChat: { takes: 'params', params: { chat_id: FORUM, sender_chat_id: -1009876543210 } },
  setChatPermissions: { takes: 'params', params: { chat_id: FORUM, permissions: { can_manage_topics: false } } },
  exportChatInviteLink: { takes: 'params', params: { chat_id: FORUM } },
  createChatInviteLink: { takes: 'params', params: { chat_id: FORUM, name: 'Beta testers', member_limit: 50 } },
  editChatInviteLink: { takes: 'params', params: { chat_id: FORUM, invite_link: 'https://t.me/+AbCd', name: 'Beta' } },
  createChatSubscriptionInviteLink: {
    takes: 'params',
    params: { chat_id: -1009876543210, subscription_period: 2592000, subscription_price: 100 },
  },
  editChatSubscriptionInviteLink: {
    takes: 'params',
    params: { chat_id: -1009876543210, invite_link: 'https://t.me/+AbCd', name: 'Monthly' },
  },
  revokeChatInviteLink: { takes: 'params', params: { chat_id: FORUM, invite_link: 'https://t.me/+AbCd' } },
  approveChatJoinRequest: { takes: 'params', params: { chat_id: FORUM, user_id: USER } },
  declineChatJoinRequest: { takes: 'params', params: { chat_id: FORUM, user_id: USER } },
  answerChatJoinRequestQuery: { takes: 'params', params: { chat_join_request_query_id: 'q1', result: 'queue' } },
  sendChatJoinRequestWebApp: {
    takes: 'params',
    params: { chat_join_request_query_id: 'q1', web_app_url: 'https://example.com/join' },
  },
  approveSuggestedPost: { takes: 'params', params: { chat_id: -1009876543210, message_id: 12 } },
  declineSuggestedPost: { takes: 'params', params: { chat_id: -1009876543210, message_id: 12, comment: 'Off topic' } },
  setChatPhoto: { takes: 'params', params: { chat_id: FORUM, photo: file() } },
  deleteChatPhoto: { takes: 'params', params: { chat_id: FORUM } },
  setChatTitle: { takes: 'params', params: { chat_id: FORUM, title: 'Support' } },
  setChatDescription: { takes: 'params', params: { chat_id: FORUM, description: 'One topic per customer' } },
  pinChatMessage: { takes: 'params', params: { chat_id: FORUM, message_id: 12, disable_notification: true } },
  unpinChatMessage: { takes: 'params', params: { chat_id: FORUM, message_id: 12 } },
  unpinAllChatMessages: { takes: 'params', params: { chat_id: FORUM } },
  leaveChat: { takes: 'params', params: { chat_id: FORUM } },
  getChat: { takes: 'params', params: { chat_id: FORUM } },
  getChatAdministrators: { takes: 'params', params: { chat_id: FORUM } },
  getChatMemberCount: { takes: 'params', params: { chat_id: FORUM } },
  getChatMember: { takes: 'params', params: { chat_id: FORUM, user_id: USER } },
  getUserPersonalChatMessages: { takes: 'params', params: { user_id: USER, limit: 5 } },
  setChatStickerSet: { takes: 'params', params: { chat_id: FORUM, sticker_set_name: 'support_stickers' } },
  deleteChatStickerSet: { takes: 'params', params: { chat_id: FORUM } },

  // Forum topics
  getForumTopicIconStickers: { takes: 'nothing' },
  createForumTopic: {
    takes: 'params',
    params: { chat_id: FORUM, name: 'Ticket #1042', icon_color: 0x6fb9f0 },
    refuses: (base) => [
      { params: { ...base, name: '' }, field: 'name' },
      { params: { ...base, name: 'x'.repeat(129) }, field: 'name' },
      { params: { ...base, icon_color: 0x123456 }, field: 'icon_color' },
    ],
  },
  editForumTopic: {
    takes: 'params',
    params: { chat_id: FORUM, message_thread_id: TOPIC, name: 'Ticket #1042 (refund)' },
    refuses: (base) => [{ params: { ...base, name: 'x'.repeat(129) }, field: 'name' }],
  },
  closeForumTopic: { takes: 'params', params: { chat_id: FORUM, message_thread_id: TOPIC } },
  reopenForumTopic: { takes: 'params', params: { chat_id: FORUM, message_thread_id: TOPIC } },
  deleteForumTopic: { takes: 'params', params: { chat_id: FORUM, message_thread_id: TOPIC } },
  unpinAllForumTopicMessages: { takes: 'params', params: { chat_id: FORUM, message_thread_id: TOPIC } },
  editGeneralForumTopic: {
    takes: 'params',
    params: { chat_id: FORUM, name: 'Lobby' },
    refuses: (base) => [{ params: { ...base, name: '' }, field: 'name' }],
  },
  closeGeneralForumTopic: { takes: 'params', params: { chat_id: FORUM } },
  reopenGeneralForumTopic: { takes: 'params', params: { chat_id: FORUM } },
  hideGeneralForumTopic: { takes: 'params', params: { chat_id: FORUM } },
  unhideGeneralForumTopic: { takes: 'params', params: { chat_id: FORUM } },
  unpinAllGeneralForumTopicMessages: { takes: 'params', params: { chat_id: FORUM } },

  // Queries, boosts, gifts, business connections, managed bots
  answerCallbackQuery: {
    takes: 'params',
    params: { callback_query_id: 'cq1', text: 'Closed' },
    refuses: (base) => [{ params: { ...base, text: 'x'.repeat(201) }, field: 'text' }],
  },
  answerGuestQuery: { takes: 'params', params: { guest_query_id: 'g1', result: article } },
  getUserChatBoosts: { takes: 'params', params: { chat_id: FORUM, user_id: USER } },
  getUserGifts: { takes: 'params', params: { user_id: USER, limit: 10 } },
  getChatGifts: { takes: 'params', params: { chat_id: -1009876543210, exclude_unique: true } },
  getBusinessConnection: { takes: 'params', params: { business_connection_id: 'bc1' } },
  getManagedBotToken: { takes: 'params', params: { user_id: 7000000001 } },
  replaceManagedBotToken: { takes: 'params', params: { user_id: 7000000001 } },
  getManagedBotAccessSettings: { takes: 'params', params: { user_id: 7000000001 } },
  setManagedBotAccessSettings: {
    takes: 'params',
    params: { user_id: 7000000001, is_access_restricted: true, added_user_ids: [USER] },
  },

  // Bot settings
  setMyCommands: { takes: 'params', params: { commands: [{ command: 'ticket', description: 'Open a ticket' }] } },
  deleteMyCommands: { takes: 'optional', params: { scope: { type: 'all_private_chats' } } },
  getMyCommands: { takes: 'optional', params: { language_code: 'de' } },
  setMyName: { takes: 'optional', params: { name: 'Support desk' } },
  getMyName: { takes: 'optional', params: { language_code: 'de' } },
  setMyDescription: { takes: 'optional', params: { description: 'Opens a topic per customer.' } },
  getMyDescription: { takes: 'optional', params: { language_code: 'de' } },
  setMyShortDescription: { takes: 'optional', params: { short_description: 'Support desk' } },
  getMyShortDescription: { takes: 'optional', params: { language_code: 'de' } },
  setMyProfilePhoto: { takes: 'params', params: { photo: { type: 'static', photo: file() } } },
  removeMyProfilePhoto: { takes: 'nothing' },
  setChatMenuButton: { takes: 'optional', params: { chat_id: USER, menu_button: { type: 'commands' } } },
  getChatMenuButton: { takes: 'optional', params: { chat_id: USER } },
  setMyDefaultAdministratorRights: {
    takes: 'optional',
    params: {
      rights: {
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: false,
        can_restrict_members: false,
        can_promote_members: false,
        can_change_info: false,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_manage_topics: true,
        can_send_welcome_messages: false,
      },
    },
  },
  getMyDefaultAdministratorRights: { takes: 'optional', params: { for_channels: true } },
  getMyStarBalance: { takes: 'nothing' },

  // Editing and deleting
  editMessageText: {
    takes: 'params',
    params: { chat_id: FORUM, message_id: 12, text: 'Build #42 fixed' },
    refuses: (base) => [{ params: { ...base, text: '' }, field: 'text' }, ...badParseMode()(base)],
  },
  editMessageCaption: {
    takes: 'params',
    params: { chat_id: FORUM, message_id: 12, caption: 'Screenshot' },
    refuses: badParseMode(),
  },
  editMessageMedia: {
    takes: 'params',
    params: { chat_id: FORUM, message_id: 12, media: { type: 'photo', media: 'AgACAgIAAxkBAAIB' } },
    refuses: (base) => [{ params: { ...base, media: { ...base.media, parse_mode: 'html5' } }, field: 'parse_mode' }],
  },
  editMessageReplyMarkup: {
    takes: 'params',
    params: { chat_id: FORUM, message_id: 12, reply_markup: { inline_keyboard: [] } },
  },
  stopPoll: { takes: 'params', params: { chat_id: FORUM, message_id: 12 } },
  editEphemeralMessageText: {
    takes: 'params',
    params: { chat_id: FORUM, receiver_user_id: USER, ephemeral_message_id: 3, text: 'Only you see this' },
    refuses: badParseMode(),
  },
  editEphemeralMessageMedia: {
    takes: 'params',
    params: {
      chat_id: FORUM,
      receiver_user_id: USER,
      ephemeral_message_id: 3,
      media: { type: 'photo', media: 'AgACAgIAAxkBAAIB' },
    },
    refuses: (base) => [{ params: { ...base, media: { ...base.media, parse_mode: 'html5' } }, field: 'parse_mode' }],
  },
  editEphemeralMessageCaption: {
    takes: 'params',
    params: { chat_id: FORUM, receiver_user_id: USER, ephemeral_message_id: 3, caption: 'Only you' },
    refuses: badParseMode(),
  },
  editEphemeralMessageReplyMarkup: {
    takes: 'params',
    params: { chat_id: FORUM, receiver_user_id: USER, ephemeral_message_id: 3 },
  },
  deleteMessage: { takes: 'params', params: { chat_id: FORUM, message_id: 12 } },
  deleteMessages: { takes: 'params', params: { chat_id: FORUM, message_ids: [12, 13, 14] }, refuses: badMessageIds },
  deleteEphemeralMessage: {
    takes: 'params',
    params: { chat_id: FORUM, receiver_user_id: USER, ephemeral_message_id: 3 },
  },
  deleteMessageReaction: { takes: 'params', params: { chat_id: FORUM, message_id: 12, user_id: USER } },
  deleteAllMessageReactions: { takes: 'params', params: { chat_id: FORUM, user_id: USER } },

  // Business accounts
  deleteBusinessMessages: { takes: 'params', params: { business_connection_id: 'bc1', message_ids: [12] } },
  setBusinessAccountName: { takes: 'params', params: { business_connection_id: 'bc1', first_name: 'Ada' } },
  setBusinessAccountUsername: { takes: 'params', params: { business_connection_id: 'bc1', username: 'ada_shop' } },
  setBusinessAccountBio: { takes: 'params', params: { business_connection_id: 'bc1', bio: 'Open 9-5' } },
  setBusinessAccountProfilePhoto: {
    takes: 'params',
    params: { business_connection_id: 'bc1', photo: { type: 'static', photo: file() } },
  },
  removeBusinessAccountProfilePhoto: { takes: 'params', params: { business_connection_id: 'bc1', is_public: true } },
  setBusinessAccountGiftSettings: {
    takes: 'params',
    params: {
      business_connection_id: 'bc1',
      show_gift_button: true,
      accepted_gift_types: {
        unlimited_gifts: true,
        limited_gifts: true,
        unique_gifts: false,
        premium_subscription: true,
        gifts_from_channels: false,
      },
    },
  },
  getBusinessAccountStarBalance: { takes: 'params', params: { business_connection_id: 'bc1' } },
  transferBusinessAccountStars: { takes: 'params', params: { business_connection_id: 'bc1', star_count: 50 } },
  getBusinessAccountGifts: { takes: 'params', params: { business_connection_id: 'bc1', limit: 10 } },
  convertGiftToStars: { takes: 'params', params: { business_connection_id: 'bc1', owned_gift_id: 'og1' } },
  upgradeGift: { takes: 'params', params: { business_connection_id: 'bc1', owned_gift_id: 'og1', star_count: 25 } },
  transferGift: {
    takes: 'params',
    params: { business_connection_id: 'bc1', owned_gift_id: 'og1', new_owner_chat_id: USER, star_count: 0 },
  },
  postStory: {
    takes: 'params',
    params: { business_connection_id: 'bc1', content: { type: 'photo', photo: file() }, active_period: 86400 },
    refuses: badParseMode(),
  },
  repostStory: {
    takes: 'params',
    params: { business_connection_id: 'bc2', from_chat_id: USER, from_story_id: 5, active_period: 86400 },
  },
  editStory: {
    takes: 'params',
    params: { business_connection_id: 'bc1', story_id: 5, content: { type: 'photo', photo: file() } },
    refuses: badParseMode(),
  },
  deleteStory: { takes: 'params', params: { business_connection_id: 'bc1', story_id: 5 } },
  readBusinessMessage: { takes: 'params', params: { business_connection_id: 'bc1', chat_id: USER, message_id: 12 } },

  // Stickers
  sendSticker: { takes: 'params', params: { chat_id: FORUM, sticker: 'CAACAgIAAxkBAAIB' } },
  getStickerSet: { takes: 'params', params: { name: 'support_stickers' } },
  getCustomEmojiStickers: { takes: 'params', params: { custom_emoji_ids: ['5368324170671202286'] } },
  uploadStickerFile: { takes: 'params', params: { user_id: USER, sticker_format: 'static', sticker: file() } },
  createNewStickerSet: {
    takes: 'params',
    params: {
      user_id: USER,
      name: 'support_by_bot',
      title: 'Support',
      stickers: [{ sticker: 'CAACAgIAAxkBAAIB', format: 'static', emoji_list: ['👍'] }],
    },
  },
  addStickerToSet: {
    takes: 'params',
    params: {
      user_id: USER,
      name: 'support_by_bot',
      sticker: { sticker: 'CAACAgIAAxkBAAIB', format: 'static', emoji_list: ['👍'] },
    },
  },
  setStickerPositionInSet: { takes: 'params', params: { sticker: 'CAACAgIAAxkBAAIB', position: 0 } },
  deleteStickerFromSet: { takes: 'params', params: { sticker: 'CAACAgIAAxkBAAIB' } },
  replaceStickerInSet: {
    takes: 'params',
    params: {
      user_id: USER,
      name: 'support_by_bot',
      old_sticker: 'CAACAgIAAxkBAAIB',
      sticker: { sticker: 'CAACAgIAAxkBAAIC', format: 'static', emoji_list: ['👍'] },
    },
  },
  setStickerEmojiList: { takes: 'params', params: { sticker: 'CAACAgIAAxkBAAIB', emoji_list: ['👍', '✅'] } },
  setStickerKeywords: { takes: 'params', params: { sticker: 'CAACAgIAAxkBAAIB', keywords: ['done'] } },
  setStickerMaskPosition: {
    takes: 'params',
    params: { sticker: 'CAACAgIAAxkBAAIB', mask_position: { point: 'eyes', x_shift: 0, y_shift: 0, scale: 1 } },
  },
  setStickerSetTitle: { takes: 'params', params: { name: 'support_by_bot', title: 'Support desk' } },
  deleteStickerSet: { takes: 'params', params: { name: 'support_by_bot' } },
  setStickerSetThumbnail: {
    takes: 'params',
    params: { name: 'support_by_bot', user_id: USER, format: 'static', thumbnail: 'AAMCAgADGQEAAgI' },
  },
  setCustomEmojiStickerSetThumbnail: { takes: 'params', params: { name: 'support_emoji_by_bot', custom_emoji_id: '' } },

  // Gifts
  getAvailableGifts: { takes: 'nothing' },
  sendGift: {
    takes: 'params',
    params: { gift_id: 'gift1', user_id: USER, text: 'Thanks!' },
    refuses: badParseMode('text_parse_mode'),
  },
  giftPremiumSubscription: {
    takes: 'params',
    params: { user_id: USER, month_count: 3, star_count: 1000 },
    refuses: badParseMode('text_parse_mode'),
  },

  // Inline mode and Mini Apps
  answerInlineQuery: { takes: 'params', params: { inline_query_id: 'iq1', results: [article], cache_time: 0 } },
  answerWebAppQuery: { takes: 'params', params: { web_app_query_id: 'wq1', result: article } },
  savePreparedInlineMessage: {
    takes: 'params',
    params: { user_id: USER, result: article, allow_user_chats: true },
  },
  savePreparedKeyboardButton: {
    takes: 'params',
    params: { user_id: USER, button: { text: 'Pick a colleague', request_users: { request_id: 1 } } },
  },

  // Payments
  sendInvoice: {
    takes: 'params',
    params: {
      chat_id: FORUM,
      title: 'Priority support',
      description: 'One month',
      payload: 'prio-1',
      currency: 'XTR',
      prices: [{ label: 'Month', amount: 100 }],
    },
  },
  createInvoiceLink: {
    takes: 'params',
    params: {
      title: 'Priority support',
      description: 'One month',
      payload: 'prio-1',
      currency: 'XTR',
      prices: [{ label: 'Month', amount: 100 }],
    },
  },
  answerShippingQuery: { takes: 'params', params: { shipping_query_id: 'sq1', ok: false, error_message: 'Sorry' } },
  answerPreCheckoutQuery: { takes: 'params', params: { pre_checkout_query_id: 'pq1', ok: true } },
  getStarTransactions: { takes: 'optional', params: { limit: 10 } },
  refundStarPayment: { takes: 'params', params: { user_id: USER, telegram_payment_charge_id: 'ch1' } },
  editUserStarSubscription: {
    takes: 'params',
    params: { user_id: USER, telegram_payment_charge_id: 'ch1', is_canceled: true },
  },

  // Verification, Passport, games
  verifyUser: { takes: 'params', params: { user_id: USER, custom_description: 'Staff' } },
  verifyChat: { takes: 'params', params: { chat_id: FORUM } },
  removeUserVerification: { takes: 'params', params: { user_id: USER } },
  removeChatVerification: { takes: 'params', params: { chat_id: FORUM } },
  setPassportDataErrors: {
    takes: 'params',
    params: {
      user_id: USER,
      errors: [{ source: 'unspecified', type: 'passport', element_hash: 'aGFzaA==', message: 'Unreadable' }],
    },
  },
  sendGame: { takes: 'params', params: { chat_id: FORUM, game_short_name: 'quiz' } },
  setGameScore: { takes: 'params', params: { user_id: USER, score: 10, chat_id: FORUM, message_id: 12 } },
  getGameHighScores: { takes: 'params', params: { user_id: USER, chat_id: FORUM, message_id: 12 } },
} satisfies { [M in ApiMethod]: Case<M> };
