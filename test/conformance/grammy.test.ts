import { Bot, GrammyError, InputFile } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { texts, until } from './helpers.js';

let emulator: Emulator;
let server: { url: string; close(): Promise<void> };
let bot: Bot;
let forumId: number;

beforeAll(async () => {
  emulator = createEmulator();
  server = await emulator.listen();
  forumId = emulator.createForum({ title: 'grammY forum' }).id;
  bot = new Bot(emulator.bot.token, { client: { apiRoot: server.url } });
});
afterAll(async () => {
  await emulator.close();
});

async function description(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GrammyError)) throw new Error(`expected a GrammyError, got ${String(error)}`);
  return `${error.error_code} ${error.description}`;
}

describe('grammY against emulator.listen()', () => {
  it('creates a topic, sends into it and reads it back', async () => {
    const topic = await bot.api.createForumTopic(forumId, 'From grammY', { icon_color: 0x6fb9f0 });
    const sent = await bot.api.sendMessage(forumId, 'hello topic', { message_thread_id: topic.message_thread_id });
    expect(sent.is_topic_message).toBe(true);
    expect(sent.message_thread_id).toBe(topic.message_thread_id);
    expect(texts(emulator, forumId, topic.message_thread_id)).toEqual(['hello topic']);
  });

  it('uploads a file as multipart', async () => {
    const sent = await bot.api.sendDocument(forumId, new InputFile(new TextEncoder().encode('abc'), 'a.txt'));
    const file = await bot.api.getFile(sent.document!.file_id);
    const response = await fetch(`${server.url}/file/bot${emulator.bot.token}/${file.file_path}`);
    expect(await response.text()).toBe('abc');
  });

  it('runs a polling bot whose ctx.reply stays in the topic', async () => {
    const user = emulator.createUser({ first_name: 'Ann' });
    const { message_thread_id } = await bot.api.createForumTopic(forumId, 'Echo');
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    const running = bot.start({ timeout: 1 });
    try {
      await until(() => bot.isRunning());
      emulator.userSends(user, 'ping', { chat_id: forumId, message_thread_id });
      await until(() => texts(emulator, forumId, message_thread_id).includes('echo: ping'));
    } finally {
      await bot.stop();
      await running;
    }
    expect(texts(emulator, forumId, message_thread_id)).toEqual(['ping', 'echo: ping']);
  });

  it('gets the real failures', async () => {
    expect(await description(bot.api.sendMessage(forumId, 'x', { message_thread_id: 1 }))).toBe(
      '400 Bad Request: message thread not found',
    );
    const { message_thread_id } = await bot.api.createForumTopic(forumId, 'Closing');
    await bot.api.closeForumTopic(forumId, message_thread_id);
    expect(await description(bot.api.closeForumTopic(forumId, message_thread_id))).toBe(
      '400 Bad Request: TOPIC_NOT_MODIFIED',
    );
    const keyboard = { inline_keyboard: [[{ text: 'a', callback_data: 'x'.repeat(65) }]] };
    expect(await description(bot.api.sendMessage(forumId, 'x', { reply_markup: keyboard }))).toBe(
      '400 Bad Request: BUTTON_DATA_INVALID',
    );
    const stranger = new Bot('123:not-a-bot', { client: { apiRoot: server.url } });
    expect(await description(stranger.api.getMe())).toBe('401 Unauthorized');
  });
});
