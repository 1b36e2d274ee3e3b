import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendMediaGroup } from './sendMediaGroup.js';

const result = [
  {
    message_id: 77,
    date: 1700000000,
    chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
    message_thread_id: 42,
    is_topic_message: true,
    media_group_id: '1',
    photo: [],
  },
  {
    ...{
      message_id: 77,
      date: 1700000000,
      chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
      message_thread_id: 42,
      is_topic_message: true,
      media_group_id: '1',
      photo: [],
    },
    message_id: 78,
  },
];

describe('sendMediaGroup', () => {
  it('posts the params as JSON to /bot<token>/sendMediaGroup and unwraps the result', async () => {
    const seen = answer('sendMediaGroup', result);
    const params: Params<'sendMediaGroup'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      media: [
        { type: 'photo', media: 'AgACAgIAAxkBAAIBZ2', caption: 'one' },
        { type: 'photo', media: 'https://example.com/two.jpg' },
      ],
    };
    await expect(sendMediaGroup(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendMediaGroup`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
