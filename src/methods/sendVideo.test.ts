import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendVideo } from './sendVideo.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  video: { file_id: 'BAACAgIAAxkBAAIB', file_unique_id: 'AgADv', width: 640, height: 360, duration: 5 },
};

describe('sendVideo', () => {
  it('posts the params as JSON to /bot<token>/sendVideo and unwraps the result', async () => {
    const seen = answer('sendVideo', result);
    const params: Params<'sendVideo'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      video: 'BAACAgIAAxkBAAIB',
      supports_streaming: true,
      duration: 0,
    };
    await expect(sendVideo(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendVideo`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
