import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendPhoto } from './sendPhoto.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  photo: [{ file_id: 'AgACAgIAAxkBAAIBZ2', file_unique_id: 'AQADq', width: 90, height: 90 }],
  caption: 'Build #42',
};

describe('sendPhoto', () => {
  it('posts the params as JSON to /bot<token>/sendPhoto and unwraps the result', async () => {
    const seen = answer('sendPhoto', result);
    const params: Params<'sendPhoto'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      photo: 'AgACAgIAAxkBAAIBZ2',
      caption: 'Build #42',
      parse_mode: 'HTML',
    };
    await expect(sendPhoto(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendPhoto`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
