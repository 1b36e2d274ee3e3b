import { Api, Bot, InputFile, TelegramApiError } from 'node-telegram-bot-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { texts, until } from './helpers.js';

let emulator: Emulator;
let server: { url: string; close(): Promise<void> };
let api: Api;
let forumId: number;

beforeAll(async () => {
  emulator = createEmulator();
  server = await emulator.listen();
  forumId = emulator.createForum({ title: 'ntba forum' }).id;
  api = new Api(emulator.bot.token, { apiRoot: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await emulator.close();
});

async function description(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TelegramApiError)) throw new Error(`expected a TelegramApiError, got ${String(error)}`);
  return `${error.errorCode} ${error.description}`;
}

describe('node-telegram-bot-api v2 against emulator.listen()', () => {
  it('creates a topic, sends into it and uploads a file', async () => {
    const topic = await api.createForumTopic({ chat_id: forumId, name: 'From ntba' });
    const sent = await api.sendMessage({ chat_id: forumId, message_thread_id: topic.message_thread_id, text: 'hi' });
    expect(sent.is_topic_message).toBe(true);
    const doc = await api.sendDocument({
      chat_id: forumId,
      message_thread_id: topic.message_thread_id,
      document: new InputFile(new TextEncoder().encode('xyz'), { filename: 'x.txt' }),
    });
    expect(doc.document?.file_size).toBe(3);
    expect(texts(emulator, forumId, topic.message_thread_id)).toEqual(['hi']);
  });

  it('works through emulator.fetch too, with no socket', async () => {
    const direct = new Api(emulator.bot.token, { apiRoot: emulator.apiRoot, fetch: emulator.fetch, maxRetries: 0 });
    expect((await direct.getMe()).username).toBe('emulator_bot');
  });

  it('runs a polling bot', async () => {
    const user = emulator.createUser({ first_name: 'Cy' });
    const { message_thread_id } = await api.createForumTopic({ chat_id: forumId, name: 'Echo' });
    const bot = new Bot(emulator.bot.token, { apiRoot: server.url, maxRetries: 0 });
    bot.on('message', (ctx) => {
      const message = 'message' in ctx.update ? ctx.update.message : undefined;
      return ctx.reply(
        `echo: ${message?.text}`,
        message?.message_thread_id ? { message_thread_id: message.message_thread_id } : {},
      );
    });
    const running = bot.startPolling(undefined, { timeout: 1 });
    try {
      emulator.userSends(user, 'ping', { chat_id: forumId, message_thread_id });
      await until(() => texts(emulator, forumId, message_thread_id).includes('echo: ping'));
    } finally {
      bot.stop();
      await running.catch(() => undefined);
    }
    expect(texts(emulator, forumId, message_thread_id)).toEqual(['ping', 'echo: ping']);
  });

  it('gets the real failures', async () => {
    expect(await description(api.sendMessage({ chat_id: forumId, message_thread_id: 1, text: 'x' }))).toBe(
      '400 Bad Request: message thread not found',
    );
    expect(await description(api.editGeneralForumTopic({ chat_id: forumId, name: 'General' }))).toBe(
      '400 Bad Request: TOPIC_NOT_MODIFIED',
    );
    const reply_markup = { inline_keyboard: [[{ text: 'a', callback_data: 'x'.repeat(65) }]] };
    expect(await description(api.sendMessage({ chat_id: forumId, text: 'x', reply_markup }))).toBe(
      '400 Bad Request: BUTTON_DATA_INVALID',
    );
  });
});
