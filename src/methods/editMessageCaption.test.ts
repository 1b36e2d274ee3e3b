import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { editMessageCaption } from './editMessageCaption.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  caption: 'Build #42 passed',
  edit_date: 1700000100,
  photo: [],
};

describe('editMessageCaption', () => {
  it('posts the params as JSON to /bot<token>/editMessageCaption and unwraps the result', async () => {
    const seen = answer('editMessageCaption', result);
    const params: Params<'editMessageCaption'> = {
      chat_id: -1001234567890,
      message_id: 77,
      caption: 'Build #42 passed',
    };
    await expect(editMessageCaption(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/editMessageCaption`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('editMessageCaption captions', () => {
  it('sends an empty caption (it removes the caption)', async () => {
    const seen = answer('editMessageCaption', result);
    await editMessageCaption(testClient(), { chat_id: 1, message_id: 2, caption: '' });
    expect(seen[0]?.json).toEqual({ chat_id: 1, message_id: 2, caption: '' });
  });

  it('refuses an unknown parse_mode before sending', async () => {
    const seen = answer('editMessageCaption', result);
    await expect(
      editMessageCaption(testClient(), { chat_id: 1, message_id: 2, caption: 'x', parse_mode: 'Text' as 'HTML' }),
    ).rejects.toMatchObject({ name: 'ValidationError', method: 'editMessageCaption', field: 'parse_mode' });
    expect(seen).toHaveLength(0);
  });
});
