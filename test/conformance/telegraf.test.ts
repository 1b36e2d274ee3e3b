import { Input, Telegraf, TelegramError } from 'telegraf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { texts, until } from './helpers.js';

let emulator: Emulator;
let server: { url: string; close(): Promise<void> };
let bot: Telegraf;
let forumId: number;

beforeAll(async () => {
  emulator = createEmulator();
  server = await emulator.listen();
  forumId = emulator.createForum({ title: 'Telegraf forum' }).id;
  bot = new Telegraf(emulator.bot.token, { telegram: { apiRoot: server.url } });
});
afterAll(async () => {
  await emulator.close();
});

async function description(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TelegramError)) throw new Error(`expected a TelegramError, got ${String(error)}`);
  return `${error.code} ${error.response.description}`;
}

describe('Telegraf against emulator.listen()', () => {
  it('creates a topic, sends into it and reads it back', async () => {
    const topic = await bot.telegram.createForumTopic(forumId, 'From Telegraf');
    const sent = await bot.telegram.sendMessage(forumId, 'hello topic', { message_thread_id: topic.message_thread_id });
    expect(sent.is_topic_message).toBe(true);
    expect(texts(emulator, forumId, topic.message_thread_id)).toEqual(['hello topic']);
    const photo = await bot.telegram.sendPhoto(forumId, Input.fromBuffer(Buffer.from([1, 2, 3]), 'p.png'), {
      message_thread_id: topic.message_thread_id,
      caption: 'pic',
    });
    expect(photo.caption).toBe('pic');
    expect(photo.message_thread_id).toBe(topic.message_thread_id);
  });

  it('runs a polling bot and gets updates from a topic', async () => {
    const user = emulator.createUser({ first_name: 'Bob' });
    const { message_thread_id } = await bot.telegram.createForumTopic(forumId, 'Echo');
    bot.on('message', (ctx) => {
      const text = 'text' in ctx.message ? ctx.message.text : '';
      return ctx.reply(`echo: ${text}`, { message_thread_id: ctx.message.message_thread_id } as never);
    });
    const launched = bot.launch();
    try {
      emulator.userSends(user, 'ping', { chat_id: forumId, message_thread_id });
      await until(() => texts(emulator, forumId, message_thread_id).includes('echo: ping'));
    } finally {
      bot.stop('test over');
      await launched.catch(() => undefined);
    }
    expect(texts(emulator, forumId, message_thread_id)).toEqual(['ping', 'echo: ping']);
  });

  it('gets the real failures', async () => {
    expect(await description(bot.telegram.sendMessage(forumId, 'x', { message_thread_id: 1 }))).toBe(
      '400 Bad Request: message thread not found',
    );
    const { message_thread_id } = await bot.telegram.createForumTopic(forumId, 'Same');
    expect(await description(bot.telegram.editForumTopic(forumId, message_thread_id, { name: 'Same' }))).toBe(
      '400 Bad Request: TOPIC_NOT_MODIFIED',
    );
    const keyboard = { inline_keyboard: [[{ text: 'a', callback_data: 'ж'.repeat(33) }]] };
    expect(await description(bot.telegram.sendMessage(forumId, 'x', { reply_markup: keyboard }))).toBe(
      '400 Bad Request: BUTTON_DATA_INVALID',
    );
  });
});
