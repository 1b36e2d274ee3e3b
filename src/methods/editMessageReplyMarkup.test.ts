import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { editMessageReplyMarkup } from './editMessageReplyMarkup.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  text: 'Build #42',
  edit_date: 1700000100,
  reply_markup: { inline_keyboard: [[{ text: 'Done', callback_data: 'done' }]] },
};

describe('editMessageReplyMarkup', () => {
  it('posts the params as JSON to /bot<token>/editMessageReplyMarkup and unwraps the result', async () => {
    const seen = answer('editMessageReplyMarkup', result);
    const params: Params<'editMessageReplyMarkup'> = {
      chat_id: -1001234567890,
      message_id: 77,
      reply_markup: { inline_keyboard: [[{ text: 'Done', callback_data: 'done' }]] },
    };
    await expect(editMessageReplyMarkup(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/editMessageReplyMarkup`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
