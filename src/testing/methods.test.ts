import { describe, expect, it } from 'vitest';
import type { Method } from '../types/methods.js';
import { NOT_EMULATED_METHODS } from './handlers/dispatch.js';
import { NOT_EMULATED } from './handlers/notEmulated.js';
import { createEmulator } from './index.js';

/**
 * Every method of Bot API 10.3 (the typed method map; the two deprecated names it also lists
 * are the legacy aliases, checked below), written out once: `satisfies` makes the compiler
 * refuse a missing or a made-up name.
 */
const BOT_API_METHODS = {
  addStickerToSet: 1,
  answerCallbackQuery: 1,
  answerChatJoinRequestQuery: 1,
  answerGuestQuery: 1,
  answerInlineQuery: 1,
  answerPreCheckoutQuery: 1,
  answerShippingQuery: 1,
  answerWebAppQuery: 1,
  approveChatJoinRequest: 1,
  approveSuggestedPost: 1,
  banChatMember: 1,
  banChatSenderChat: 1,
  close: 1,
  closeForumTopic: 1,
  closeGeneralForumTopic: 1,
  convertGiftToStars: 1,
  copyMessage: 1,
  copyMessages: 1,
  createChatInviteLink: 1,
  createChatSubscriptionInviteLink: 1,
  createForumTopic: 1,
  createInvoiceLink: 1,
  createNewStickerSet: 1,
  declineChatJoinRequest: 1,
  declineSuggestedPost: 1,
  deleteAllMessageReactions: 1,
  deleteBusinessMessages: 1,
  deleteChatPhoto: 1,
  deleteChatStickerSet: 1,
  deleteEphemeralMessage: 1,
  deleteForumTopic: 1,
  deleteMessage: 1,
  deleteMessageReaction: 1,
  deleteMessages: 1,
  deleteMyCommands: 1,
  deleteStickerFromSet: 1,
  deleteStickerSet: 1,
  deleteStory: 1,
  deleteWebhook: 1,
  editChatInviteLink: 1,
  editChatSubscriptionInviteLink: 1,
  editEphemeralMessageCaption: 1,
  editEphemeralMessageMedia: 1,
  editEphemeralMessageReplyMarkup: 1,
  editEphemeralMessageText: 1,
  editForumTopic: 1,
  editGeneralForumTopic: 1,
  editMessageCaption: 1,
  editMessageChecklist: 1,
  editMessageLiveLocation: 1,
  editMessageMedia: 1,
  editMessageReplyMarkup: 1,
  editMessageText: 1,
  editStory: 1,
  editUserStarSubscription: 1,
  exportChatInviteLink: 1,
  forwardMessage: 1,
  forwardMessages: 1,
  getAvailableGifts: 1,
  getBusinessAccountGifts: 1,
  getBusinessAccountStarBalance: 1,
  getBusinessConnection: 1,
  getChat: 1,
  getChatAdministrators: 1,
  getChatGifts: 1,
  getChatMember: 1,
  getChatMemberCount: 1,
  getChatMenuButton: 1,
  getCustomEmojiStickers: 1,
  getFile: 1,
  getForumTopicIconStickers: 1,
  getGameHighScores: 1,
  getManagedBotAccessSettings: 1,
  getManagedBotToken: 1,
  getMe: 1,
  getMyCommands: 1,
  getMyDefaultAdministratorRights: 1,
  getMyDescription: 1,
  getMyName: 1,
  getMyShortDescription: 1,
  getMyStarBalance: 1,
  getStarTransactions: 1,
  getStickerSet: 1,
  getUpdates: 1,
  getUserChatBoosts: 1,
  getUserGifts: 1,
  getUserPersonalChatMessages: 1,
  getUserProfileAudios: 1,
  getUserProfilePhotos: 1,
  getWebhookInfo: 1,
  giftPremiumSubscription: 1,
  hideGeneralForumTopic: 1,
  leaveChat: 1,
  logOut: 1,
  pinChatMessage: 1,
  postStory: 1,
  promoteChatMember: 1,
  readBusinessMessage: 1,
  refundStarPayment: 1,
  removeBusinessAccountProfilePhoto: 1,
  removeChatVerification: 1,
  removeMyProfilePhoto: 1,
  removeUserVerification: 1,
  reopenForumTopic: 1,
  reopenGeneralForumTopic: 1,
  replaceManagedBotToken: 1,
  replaceStickerInSet: 1,
  repostStory: 1,
  restrictChatMember: 1,
  revokeChatInviteLink: 1,
  savePreparedInlineMessage: 1,
  savePreparedKeyboardButton: 1,
  sendAnimation: 1,
  sendAudio: 1,
  sendChatAction: 1,
  sendChatJoinRequestWebApp: 1,
  sendChecklist: 1,
  sendContact: 1,
  sendDice: 1,
  sendDocument: 1,
  sendGame: 1,
  sendGift: 1,
  sendInvoice: 1,
  sendLivePhoto: 1,
  sendLocation: 1,
  sendMediaGroup: 1,
  sendMessage: 1,
  sendMessageDraft: 1,
  sendPaidMedia: 1,
  sendPhoto: 1,
  sendPoll: 1,
  sendRichMessage: 1,
  sendRichMessageDraft: 1,
  sendSticker: 1,
  sendVenue: 1,
  sendVideo: 1,
  sendVideoNote: 1,
  sendVoice: 1,
  setBusinessAccountBio: 1,
  setBusinessAccountGiftSettings: 1,
  setBusinessAccountName: 1,
  setBusinessAccountProfilePhoto: 1,
  setBusinessAccountUsername: 1,
  setChatAdministratorCustomTitle: 1,
  setChatDescription: 1,
  setChatMemberTag: 1,
  setChatMenuButton: 1,
  setChatPermissions: 1,
  setChatPhoto: 1,
  setChatStickerSet: 1,
  setChatTitle: 1,
  setCustomEmojiStickerSetThumbnail: 1,
  setGameScore: 1,
  setManagedBotAccessSettings: 1,
  setMessageReaction: 1,
  setMyCommands: 1,
  setMyDefaultAdministratorRights: 1,
  setMyDescription: 1,
  setMyName: 1,
  setMyProfilePhoto: 1,
  setMyShortDescription: 1,
  setPassportDataErrors: 1,
  setStickerEmojiList: 1,
  setStickerKeywords: 1,
  setStickerMaskPosition: 1,
  setStickerPositionInSet: 1,
  setStickerSetThumbnail: 1,
  setStickerSetTitle: 1,
  setUserEmojiStatus: 1,
  setWebhook: 1,
  stopMessageLiveLocation: 1,
  stopPoll: 1,
  transferBusinessAccountStars: 1,
  transferGift: 1,
  unbanChatMember: 1,
  unbanChatSenderChat: 1,
  unhideGeneralForumTopic: 1,
  unpinAllChatMessages: 1,
  unpinAllForumTopicMessages: 1,
  unpinAllGeneralForumTopicMessages: 1,
  unpinChatMessage: 1,
  upgradeGift: 1,
  uploadStickerFile: 1,
  verifyChat: 1,
  verifyUser: 1,
} as const satisfies Record<Exclude<Method, 'kickChatMember' | 'getChatMembersCount'>, 1>;

const ALL = Object.keys(BOT_API_METHODS).sort();

async function call(emulator: ReturnType<typeof createEmulator>, method: string, params: object = {}) {
  const response = await emulator.fetch(`${emulator.apiRoot}/bot${emulator.bot.token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; description?: string } };
}

describe('which Bot API methods the emulator implements', () => {
  const emulator = createEmulator();

  it('knows all 185 methods of Bot API 10.3', () => {
    expect(ALL).toHaveLength(185);
  });

  it('implements or refuses each one: emulator.methods and the not-emulated list split the 185', () => {
    const emulated = new Set(emulator.methods);
    const refused = new Set(NOT_EMULATED_METHODS);
    expect([...emulated].filter((m) => refused.has(m))).toEqual([]);
    expect(ALL.filter((m) => !emulated.has(m) && !refused.has(m))).toEqual([]);
    expect([...emulated, ...refused].filter((m) => !ALL.includes(m))).toEqual([]);
    expect(emulated.size).toBe(99);
    expect(refused.size).toBe(86);
  });

  it.each(NOT_EMULATED_METHODS.map((m) => [m]))(
    '%s answers 400 "exists in the Bot API but is not emulated"',
    async (method) => {
      expect(await call(emulator, method)).toEqual({
        status: 400,
        body: {
          ok: false,
          error_code: 400,
          description: `Bad Request: ${method} exists in the Bot API but is not emulated by telegram-forum/testing`,
        },
      });
    },
  );

  it.each(emulator.methods.map((m) => [m]))(
    '%s is handled: without parameters it answers a Bot API refusal, not a 404 or a crash',
    async (method) => {
      // getUpdates would wait for updates, close and logOut end nothing here: a short timeout is enough.
      const { status, body } = await call(emulator, method, method === 'getUpdates' ? { timeout: 0 } : {});
      expect(body.description ?? '').not.toMatch(/not emulated|^Not Found$/);
      // Without its parameters a method answers the server's refusal, never a crash.
      expect(status).not.toBe(500);
    },
  );

  it('groups the methods it leaves out by family', () => {
    expect(Object.keys(NOT_EMULATED)).toEqual(
      expect.arrayContaining(['payments', 'passport', 'stickerSetAuthoring', 'business', 'gifts', 'stories', 'games']),
    );
    expect(NOT_EMULATED.payments).toContain('sendInvoice');
    expect(NOT_EMULATED.games).toEqual(['sendGame', 'setGameScore', 'getGameHighScores']);
  });

  it("keeps 404 for names that are no Bot API method, in any case (the local server's text)", async () => {
    // Client.cpp Client::on_cmd; api.telegram.org answers a bare `Not Found` (failures/table.ts).
    expect(await call(emulator, 'sendMesage')).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: 'Not Found: method not found' },
    });
    expect((await call(emulator, 'SENDINVOICE')).body.description).toBe(
      'Bad Request: sendInvoice exists in the Bot API but is not emulated by telegram-forum/testing',
    );
  });
});

describe('legacy method names (Client.cpp Client::init_methods)', () => {
  it('kickChatMember and getChatMembersCount answer exactly like banChatMember and getChatMemberCount', async () => {
    const emulator = createEmulator();
    const ann = emulator.createUser();
    const forum = emulator.createForum({ members: [ann] });
    expect(await call(emulator, 'getChatMembersCount', { chat_id: forum.id })).toEqual(
      await call(emulator, 'getChatMemberCount', { chat_id: forum.id }),
    );
    expect((await call(emulator, 'getChatMembersCount', { chat_id: forum.id })).body).toEqual({ ok: true, result: 2 });
    expect((await call(emulator, 'kickChatMember', { chat_id: forum.id, user_id: ann.id })).body).toEqual({
      ok: true,
      result: true,
    });
    const member = await call(emulator, 'getChatMember', { chat_id: forum.id, user_id: ann.id });
    expect(member.body).toMatchObject({ result: { status: 'kicked', until_date: 0 } });
    expect(await call(emulator, 'kickChatMember', { chat_id: forum.id })).toEqual(
      await call(emulator, 'banChatMember', { chat_id: forum.id }),
    );
    expect(emulator.methods).not.toContain('kickChatMember');
  });

  it('setStickerSetThumb is the not-emulated setStickerSetThumbnail', async () => {
    const emulator = createEmulator();
    expect((await call(emulator, 'setStickerSetThumb')).body.description).toBe(
      'Bad Request: setStickerSetThumbnail exists in the Bot API but is not emulated by telegram-forum/testing',
    );
  });
});
