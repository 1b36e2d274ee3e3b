import { describe, expect, it } from 'vitest';
import { inputFile } from '../src/client/inputFile.js';
import { InlineKeyboard, keyboardFromButtons, ReplyKeyboard, removeKeyboard } from '../src/keyboard/index.js';
import { answerCallbackQuery } from '../src/methods/answerCallbackQuery.js';
import { sendMessage } from '../src/methods/sendMessage.js';
import { createEmulator } from '../src/testing/index.js';
import { answer, testClient } from './helpers/msw.js';

const message = { message_id: 1, date: 0, chat: { id: -1001234567890, type: 'supergroup', title: 'Forum' }, text: 'x' };

describe('keyboards on the wire', () => {
  it('a builder passed as reply_markup arrives as exactly the Bot API markup (JSON body)', async () => {
    const seen = answer('sendMessage', message);
    const client = testClient();
    const base = new InlineKeyboard().text('Close topic', 'close:42');
    await sendMessage(client, {
      chat_id: -1001234567890,
      message_thread_id: 42,
      text: 'Done?',
      reply_markup: base.url('Docs', 'https://core.telegram.org/bots/api'),
    });
    await sendMessage(client, {
      chat_id: -1001234567890,
      text: 'Menu',
      reply_markup: keyboardFromButtons(['New topic', 'Call me!']),
    });
    await sendMessage(client, { chat_id: -1001234567890, text: 'Bye', reply_markup: removeKeyboard() });
    expect(seen.map((r) => (r.json as { reply_markup: unknown }).reply_markup)).toEqual([
      {
        inline_keyboard: [
          [
            { text: 'Close topic', callback_data: 'close:42' },
            { text: 'Docs', url: 'https://core.telegram.org/bots/api' },
          ],
        ],
      },
      { keyboard: [[{ text: 'New topic' }], [{ text: 'Call me!' }]], resize_keyboard: true },
      { remove_keyboard: true },
    ]);
    expect(base.inline_keyboard[0]).toHaveLength(1);
  });

  it('a builder in a multipart request is one JSON field with the Bot API markup', async () => {
    const seen = answer('sendPhoto', { ...message, text: undefined, photo: [] });
    const keyboard = new ReplyKeyboard().requestContact('Share my phone number').oneTime();
    await testClient().call('sendPhoto', {
      chat_id: -1001234567890,
      photo: inputFile(new Uint8Array([1, 2, 3]), 'a.png'),
      reply_markup: keyboard,
    });
    expect(seen[0]?.contentType).toMatch(/^multipart\/form-data/);
    expect(seen[0]?.form?.get('reply_markup')).toBe(JSON.stringify(keyboard));
    expect(JSON.parse(seen[0]?.form?.get('reply_markup') as string)).toEqual({
      keyboard: [[{ text: 'Share my phone number', request_contact: true }]],
      one_time_keyboard: true,
    });
  });
});

describe('keyboards against the emulator', () => {
  it('an inline keyboard in a topic: the press arrives as callback_query and is answered', async () => {
    const emulator = createEmulator();
    const forum = emulator.createForum({ title: 'Support' });
    const client = emulator.client({ retry: false });
    const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'Ticket 42' });
    const keyboard = new InlineKeyboard()
      .text('Close topic', `close:${topic.message_thread_id}`, { style: 'danger' })
      .text('Закрыть', 'я'.repeat(32))
      .row()
      .url('Runbook', 'tg://resolve?domain=forum_bot');
    const sent = await sendMessage(client, {
      chat_id: forum.id,
      message_thread_id: topic.message_thread_id,
      text: 'Resolved?',
      reply_markup: keyboard,
    });
    expect(sent.reply_markup).toEqual(JSON.parse(JSON.stringify(keyboard)));

    const user = emulator.createUser({ first_name: 'Ann' });
    const id = emulator.userPresses(user, sent, 'Close topic');
    const updates = await client.call('getUpdates', {});
    const query = updates.at(-1)?.callback_query;
    expect(query?.data).toBe(`close:${topic.message_thread_id}`);
    await answerCallbackQuery(client, { callback_query_id: query!.id, text: 'Topic closed' });
    expect(emulator.callbackAnswer(id)).toEqual({ text: 'Topic closed' });
    emulator.close();
  });

  it('keyboardFromButtons and removeKeyboard set and clear the reply keyboard of a chat', async () => {
    const emulator = createEmulator();
    const forum = emulator.createForum();
    const client = emulator.client({ retry: false });
    await sendMessage(client, {
      chat_id: forum.id,
      text: 'Menu',
      reply_markup: keyboardFromButtons(['New topic', 'Call me!']),
    });
    expect(emulator.keyboard(forum.id)).toEqual({
      keyboard: [[{ text: 'New topic' }], [{ text: 'Call me!' }]],
      resize_keyboard: true,
    });
    await sendMessage(client, { chat_id: forum.id, text: 'Bye', reply_markup: removeKeyboard() });
    expect(emulator.keyboard(forum.id)).toBeUndefined();
    emulator.close();
  });
});
