import TelegramBot from 'ntba-classic';
import { describeForumConformance } from './flows.js';
import { failureOf } from './helpers.js';

// node-telegram-bot-api 0.66 (npm alias `ntba-classic`): `baseApiUrl` is the server root with no
// trailing slash and no `/bot`. It sends parameters form-urlencoded, and an upload's parameters in
// the query string beside a multipart body. Without NTBA_FIX_350 it warns on every upload.
process.env.NTBA_FIX_350 = '1';

describeForumConformance('node-telegram-bot-api 0.66', async (server, token) => {
  const bot = new TelegramBot(token, {
    baseApiUrl: server.url,
    polling: { autoStart: false, interval: 0, params: { timeout: 1 } },
  });
  const errors: Error[] = [];
  bot.on('polling_error', (error) => errors.push(error));
  const stop = async () => {
    await bot.stopPolling();
    if (errors.length > 0) throw new Error(`polling failed: ${errors.map((e) => e.message).join('; ')}`);
  };
  return {
    createForumTopic: (chat, name, icon_color) => bot.createForumTopic(chat, name, { icon_color }),
    editForumTopic: (chat, thread, name) => bot.editForumTopic(chat, thread, { name }),
    closeForumTopic: (chat, thread) => bot.closeForumTopic(chat, thread),
    reopenForumTopic: (chat, thread) => bot.reopenForumTopic(chat, thread),
    deleteForumTopic: (chat, thread) => bot.deleteForumTopic(chat, thread),
    editGeneralForumTopic: (chat, name) => bot.editGeneralForumTopic(chat, name),
    closeGeneralForumTopic: (chat) => bot.closeGeneralForumTopic(chat),
    reopenGeneralForumTopic: (chat) => bot.reopenGeneralForumTopic(chat),
    hideGeneralForumTopic: (chat) => bot.hideGeneralForumTopic(chat),
    unhideGeneralForumTopic: (chat) => bot.unhideGeneralForumTopic(chat),
    sendMessage: (chat, text, thread) =>
      bot.sendMessage(chat, text, thread === undefined ? {} : { message_thread_id: thread }),
    // ntba has no keyboard builder: reply_markup is a plain object (it JSON-encodes it).
    sendWithButton: (chat, thread, text, button) =>
      bot.sendMessage(chat, text, {
        message_thread_id: thread,
        reply_markup: { inline_keyboard: [[{ text: button.text, callback_data: button.data }]] },
      }),
    answerCallbackQuery: (id, text) => bot.answerCallbackQuery(id, { text }),
    getUpdates: (offset) => bot.getUpdates({ offset, timeout: 0 }),
    sendDocument: (chat, thread, bytes, name) =>
      bot.sendDocument(
        chat,
        Buffer.from(bytes),
        { message_thread_id: thread },
        { filename: name, contentType: 'application/octet-stream' },
      ),
    download: async (fileId) => {
      const chunks: Buffer[] = [];
      for await (const chunk of bot.getFileStream(fileId)) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    startEcho: async () => {
      bot.on('message', (message) => {
        if (message.text === undefined) return;
        // sendMessage does not keep the topic by itself: pass the thread of a topic message.
        const thread = message.is_topic_message ? { message_thread_id: message.message_thread_id } : {};
        void bot.sendMessage(message.chat.id, `echo: ${message.text}`, thread);
      });
      void bot.startPolling();
      return stop;
    },
    promoteChatMember: (chat, user) => bot.promoteChatMember(chat, user, { can_pin_messages: true }),
    // Its forms are urlencoded: a JSON parameter goes as a JSON string.
    restrictChatMember: (chat, user) =>
      bot.restrictChatMember(chat, user, { permissions: JSON.stringify({ can_send_messages: false }) }),
    getChatMember: (chat, user) => bot.getChatMember(chat, user),
    setChatTitle: (chat, title) => bot.setChatTitle(chat, title),
    sendGame: (chat, game) => bot.sendGame(chat, game),
    failure: (call) => failureOf(call, Error),
    apiFailure: (_method, code, description) => ({
      kind: 'TelegramError',
      message: `ETELEGRAM: ${code} ${description}`,
    }),
    close: stop,
  };
});
