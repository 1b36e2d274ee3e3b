import { describe, expect, it } from 'vitest';
import { inputFile } from '../client/inputFile.js';
import { InlineKeyboard } from '../keyboard/index.js';
import { webhookReply } from './webhookReply.js';

describe('webhookReply', () => {
  it('serialises to the method and its parameters, builders included', () => {
    const reply = webhookReply('sendMessage', {
      chat_id: 1,
      text: 'hi',
      reply_markup: new InlineKeyboard().text('A', 'a'),
    });
    expect(JSON.parse(JSON.stringify(reply))).toEqual({
      method: 'sendMessage',
      chat_id: 1,
      text: 'hi',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] },
    });
    expect(reply.method).toBe('sendMessage');
  });

  it('applies the topic rules: the legacy target is split, General is dropped from sends', () => {
    expect(webhookReply('sendMessage', { chat_id: '@forum*7', text: 'x' }).params).toEqual({
      chat_id: '@forum',
      message_thread_id: 7,
      text: 'x',
    });
    expect(webhookReply('sendMessage', { chat_id: 1, message_thread_id: 1, text: 'x' }).params).toEqual({
      chat_id: 1,
      text: 'x',
    });
    expect(() => webhookReply('closeForumTopic', { chat_id: 1, message_thread_id: 1 })).toThrow(
      expect.objectContaining({ name: 'ValidationError', field: 'message_thread_id' }),
    );
  });

  it.each(['getMe', 'getUpdates', 'setWebhook', 'deleteWebhook', 'close', 'logOut', 'GETME', '', 'send message'])(
    'refuses %j, which Telegram does not execute from an answer',
    (method) => {
      expect(() => webhookReply(method as never, {} as never)).toThrow(
        expect.objectContaining({ name: 'ValidationError', method: 'webhookReply', field: 'method' }),
      );
    },
  );

  it('refuses uploads, at the top level or nested, since the answer is JSON', () => {
    const file = inputFile(new Uint8Array([1, 2]), 'a.bin');
    expect(() => webhookReply('sendDocument', { chat_id: 1, document: file })).toThrow(/file upload/);
    expect(() =>
      webhookReply('sendMediaGroup', { chat_id: 1, media: [{ type: 'photo', media: new Blob(['x']) as never }] }),
    ).toThrow(expect.objectContaining({ field: 'params' }));
    expect(webhookReply('sendDocument', { chat_id: 1, document: 'file-id' }).params).toMatchObject({
      document: 'file-id',
    });
  });

  it('does not change the caller object', () => {
    const params = { chat_id: '-1001*5', text: 'x' };
    webhookReply('sendMessage', params);
    expect(params).toEqual({ chat_id: '-1001*5', text: 'x' });
  });
});
