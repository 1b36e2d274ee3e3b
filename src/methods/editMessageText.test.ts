import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { editMessageText } from './editMessageText.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  text: 'Closed',
  edit_date: 1700000100,
};

describe('editMessageText', () => {
  it('posts the params as JSON to /bot<token>/editMessageText and unwraps the result', async () => {
    const seen = answer('editMessageText', result);
    const params: Params<'editMessageText'> = {
      chat_id: -1001234567890,
      message_id: 77,
      text: '<b>Closed</b>',
      parse_mode: 'HTML',
    };
    await expect(editMessageText(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/editMessageText`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
