import { describe, expect, it } from 'vitest';
import { inputFile } from '../src/client/inputFile.js';
import { InlineKeyboard, keyboardFromButtons, ReplyKeyboard, removeKeyboard } from '../src/keyboard/index.js';
import { sendMessage } from '../src/methods/sendMessage.js';
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
