import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { forwardMessage } from './forwardMessage.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  text: 'forwarded',
  forward_origin: { type: 'user', date: 1699990000, sender_user: { id: 461699897, is_bot: false, first_name: 'Ada' } },
};

describe('forwardMessage', () => {
  it('posts the params as JSON to /bot<token>/forwardMessage and unwraps the result', async () => {
    const seen = answer('forwardMessage', result);
    const params: Params<'forwardMessage'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      from_chat_id: 461699897,
      message_id: 12,
      disable_notification: false,
    };
    await expect(forwardMessage(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/forwardMessage`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('forwardMessage into a topic', () => {
  it('splits the "chat*thread" target and drops the General topic id', async () => {
    const seen = answer('forwardMessage', result);
    await forwardMessage(testClient(), { chat_id: '-1001234567890*42', from_chat_id: '@source', message_id: 12 });
    await forwardMessage(testClient(), { chat_id: '-1001234567890*1', from_chat_id: '@source', message_id: 12 });
    expect(seen[0]?.json).toEqual({
      chat_id: -1001234567890,
      message_thread_id: 42,
      from_chat_id: '@source',
      message_id: 12,
    });
    expect(seen[1]?.json).toEqual({ chat_id: -1001234567890, from_chat_id: '@source', message_id: 12 });
  });
});
