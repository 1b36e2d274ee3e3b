import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendLocation } from './sendLocation.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  location: { latitude: 55.7558, longitude: 37.6173 },
};

describe('sendLocation', () => {
  it('posts the params as JSON to /bot<token>/sendLocation and unwraps the result', async () => {
    const seen = answer('sendLocation', result);
    const params: Params<'sendLocation'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      latitude: 55.7558,
      longitude: 37.6173,
      horizontal_accuracy: 0,
    };
    await expect(sendLocation(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendLocation`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
