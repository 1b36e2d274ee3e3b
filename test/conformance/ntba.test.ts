import { Api, Bot, InlineKeyboardBuilder, InputFile, TelegramApiError } from 'node-telegram-bot-api';
import { createEmulator } from 'telegram-forum/testing';
import { describe, expect, it } from 'vitest';
import { describeForumConformance } from './flows.js';
import { failureOf } from './helpers.js';

// node-telegram-bot-api v2 (the `latest` npm tag; a rewrite, unrelated to the 0.x API):
// `apiRoot` is the server root (trailing slashes are stripped); it has no download helper, so a
// file is fetched from `<apiRoot>/file/bot<token>/<file_path>`.
describeForumConformance('node-telegram-bot-api v2', async (server, token) => {
  const api = new Api(token, { apiRoot: server.url, maxRetries: 0 });
  let bot: Bot | undefined;
  let running: Promise<void> | undefined;
  const stop = async () => {
    bot?.stop();
    await running;
    running = undefined;
  };
  return {
    createForumTopic: (chat_id, name, icon_color) => api.createForumTopic({ chat_id, name, icon_color }),
    editForumTopic: (chat_id, message_thread_id, name) => api.editForumTopic({ chat_id, message_thread_id, name }),
    closeForumTopic: (chat_id, message_thread_id) => api.closeForumTopic({ chat_id, message_thread_id }),
    reopenForumTopic: (chat_id, message_thread_id) => api.reopenForumTopic({ chat_id, message_thread_id }),
    deleteForumTopic: (chat_id, message_thread_id) => api.deleteForumTopic({ chat_id, message_thread_id }),
    editGeneralForumTopic: (chat_id, name) => api.editGeneralForumTopic({ chat_id, name }),
    closeGeneralForumTopic: (chat_id) => api.closeGeneralForumTopic({ chat_id }),
    reopenGeneralForumTopic: (chat_id) => api.reopenGeneralForumTopic({ chat_id }),
    hideGeneralForumTopic: (chat_id) => api.hideGeneralForumTopic({ chat_id }),
    unhideGeneralForumTopic: (chat_id) => api.unhideGeneralForumTopic({ chat_id }),
    sendMessage: (chat_id, text, thread) =>
      api.sendMessage({ chat_id, text, ...(thread === undefined ? {} : { message_thread_id: thread }) }),
    sendWithButton: (chat_id, message_thread_id, text, button) =>
      api.sendMessage({
        chat_id,
        message_thread_id,
        text,
        reply_markup: new InlineKeyboardBuilder().text(button.text, button.data).build(),
      }),
    answerCallbackQuery: (callback_query_id, text) => api.answerCallbackQuery({ callback_query_id, text }),
    getUpdates: (offset) => api.getUpdates({ offset, timeout: 0 }),
    sendDocument: (chat_id, message_thread_id, bytes, filename) =>
      api.sendDocument({ chat_id, message_thread_id, document: new InputFile(bytes, { filename }) }),
    download: async (file_id) => {
      const file = await api.getFile({ file_id });
      const response = await fetch(`${server.url}/file/bot${token}/${file.file_path}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    startEcho: async () => {
      bot = new Bot(token, { apiRoot: server.url, maxRetries: 0 });
      bot.on('message', (ctx) => {
        const message = 'message' in ctx.update ? ctx.update.message : undefined;
        // Text messages only: the bot is also told about its own topics (forum_topic_created).
        if (message?.text === undefined) return;
        // ctx.reply does not keep the topic by itself: pass the thread of a topic message.
        const thread = message?.is_topic_message ? { message_thread_id: message.message_thread_id! } : {};
        return ctx.reply(`echo: ${message?.text}`, thread);
      });
      running = bot.startPolling(undefined, { timeout: 1 });
      return stop;
    },
    promoteChatMember: (chat_id, user_id) => api.promoteChatMember({ chat_id, user_id, can_pin_messages: true }),
    restrictChatMember: (chat_id, user_id) =>
      api.restrictChatMember({ chat_id, user_id, permissions: { can_send_messages: false } }),
    getChatMember: (chat_id, user_id) => api.getChatMember({ chat_id, user_id }),
    setChatTitle: (chat_id, title) => api.setChatTitle({ chat_id, title }),
    sendGame: (chat_id, game_short_name) => api.sendGame({ chat_id, game_short_name }),
    failure: (call) => failureOf(call, TelegramApiError),
    apiFailure: (_method, code, description) => ({ kind: 'TelegramApiError', message: `${code}: ${description}` }),
    close: stop,
  };
});

describe('node-telegram-bot-api v2 through emulator.fetch', () => {
  it('needs no socket', async () => {
    const emulator = createEmulator();
    const api = new Api(emulator.bot.token, { apiRoot: emulator.apiRoot, fetch: emulator.fetch, maxRetries: 0 });
    expect((await api.getMe()).username).toBe('emulator_bot');
    await emulator.close();
  });
});
