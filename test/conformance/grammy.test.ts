import { Bot, GrammyError, InlineKeyboard, InputFile } from 'grammy';
import { describeForumConformance } from './flows.js';
import { failureOf, until } from './helpers.js';

// grammY: `apiRoot` is the server root without a trailing slash (grammY throws on one) and
// without `/bot`; files are downloaded from `<apiRoot>/file/bot<token>/<file_path>`.
describeForumConformance('grammY', async (server, token) => {
  const bot = new Bot(token, { client: { apiRoot: server.url } });
  const api = bot.api;
  return {
    createForumTopic: (chat, name, icon_color) =>
      api.createForumTopic(chat, name, { icon_color: icon_color as 0x6fb9f0 }),
    editForumTopic: (chat, thread, name) => api.editForumTopic(chat, thread, { name }),
    closeForumTopic: (chat, thread) => api.closeForumTopic(chat, thread),
    reopenForumTopic: (chat, thread) => api.reopenForumTopic(chat, thread),
    deleteForumTopic: (chat, thread) => api.deleteForumTopic(chat, thread),
    editGeneralForumTopic: (chat, name) => api.editGeneralForumTopic(chat, name),
    closeGeneralForumTopic: (chat) => api.closeGeneralForumTopic(chat),
    reopenGeneralForumTopic: (chat) => api.reopenGeneralForumTopic(chat),
    hideGeneralForumTopic: (chat) => api.hideGeneralForumTopic(chat),
    unhideGeneralForumTopic: (chat) => api.unhideGeneralForumTopic(chat),
    sendMessage: (chat, text, thread) =>
      api.sendMessage(chat, text, thread === undefined ? {} : { message_thread_id: thread }),
    sendWithButton: (chat, thread, text, button) =>
      api.sendMessage(chat, text, {
        message_thread_id: thread,
        reply_markup: new InlineKeyboard().text(button.text, button.data),
      }),
    answerCallbackQuery: (id, text) => api.answerCallbackQuery(id, { text }),
    getUpdates: (offset) => api.getUpdates({ offset, timeout: 0 }),
    sendDocument: (chat, thread, bytes, name) =>
      api.sendDocument(chat, new InputFile(bytes, name), { message_thread_id: thread }),
    download: async (fileId) => {
      const file = await api.getFile(fileId);
      const response = await fetch(`${server.url}/file/bot${token}/${file.file_path}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    startEcho: async () => {
      // ctx.reply keeps a topic message's thread by itself.
      bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
      const running = bot.start({ timeout: 1 });
      await until(() => bot.isRunning());
      return async () => {
        await bot.stop();
        await running;
      };
    },
    promoteChatMember: (chat, user) => api.promoteChatMember(chat, user, { can_pin_messages: true }),
    restrictChatMember: (chat, user) => api.restrictChatMember(chat, user, { can_send_messages: false }),
    getChatMember: (chat, user) => api.getChatMember(chat, user),
    setChatTitle: (chat, title) => api.setChatTitle(chat, title),
    sendGame: (chat, game) => api.sendGame(chat, game),
    failure: (call) => failureOf(call, GrammyError),
    apiFailure: (method, code, description) => ({
      kind: 'GrammyError',
      message: `Call to '${method}' failed! (${code}: ${description})`,
    }),
    close: async () => {
      if (bot.isRunning()) await bot.stop();
    },
  };
});
