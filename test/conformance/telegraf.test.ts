import { Input, Markup, Telegraf, TelegramError } from 'telegraf';
import { describeForumConformance } from './flows.js';
import { failureOf } from './helpers.js';

// Telegraf: `apiRoot` is the server root; URLs are resolved relative to it (`./bot<token>/…`), so a
// root with a path needs a trailing slash, and one without a path works either way.
// getFileLink builds `<apiRoot>/file/bot<token>/<file_path>`.
describeForumConformance('Telegraf', async (server, token) => {
  const bot = new Telegraf(token, { telegram: { apiRoot: server.url } });
  const api = bot.telegram;
  let launched: Promise<void> | undefined;
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
        ...Markup.inlineKeyboard([Markup.button.callback(button.text, button.data)]),
      }),
    answerCallbackQuery: (id, text) => api.answerCbQuery(id, text),
    getUpdates: (offset) => api.getUpdates(0, 100, offset, undefined),
    sendDocument: (chat, thread, bytes, name) =>
      api.sendDocument(chat, Input.fromBuffer(Buffer.from(bytes), name), { message_thread_id: thread }),
    download: async (fileId) => {
      const response = await fetch(await api.getFileLink(fileId));
      return new Uint8Array(await response.arrayBuffer());
    },
    startEcho: async () => {
      // ctx.reply keeps a topic message's thread by itself.
      // Text messages only: the bot is also told about its own topics (forum_topic_created).
      bot.on('message', (ctx) => ('text' in ctx.message ? ctx.reply(`echo: ${ctx.message.text}`) : undefined));
      launched = bot.launch();
      return async () => {
        bot.stop('test over');
        await launched;
        launched = undefined;
      };
    },
    promoteChatMember: (chat, user) => api.promoteChatMember(chat, user, { can_pin_messages: true }),
    restrictChatMember: (chat, user) =>
      api.restrictChatMember(chat, user, { permissions: { can_send_messages: false } }),
    getChatMember: (chat, user) => api.getChatMember(chat, user),
    setChatTitle: (chat, title) => api.setChatTitle(chat, title),
    sendGame: (chat, game) => api.sendGame(chat, game),
    failure: (call) => failureOf(call, TelegramError),
    apiFailure: (_method, code, description) => ({ kind: 'TelegramError', message: `${code}: ${description}` }),
    close: async () => {
      if (launched) bot.stop('test over');
      await launched;
    },
  };
});
