import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendPoll } from './sendPoll.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  poll: {
    id: '1',
    question: 'Ship it?',
    options: [
      { text: 'Yes', voter_count: 0 },
      { text: 'No', voter_count: 0 },
    ],
    total_voter_count: 0,
    is_closed: false,
    is_anonymous: false,
    type: 'regular',
    allows_multiple_answers: false,
  },
};

describe('sendPoll', () => {
  it('posts the params as JSON to /bot<token>/sendPoll and unwraps the result', async () => {
    const seen = answer('sendPoll', result);
    const params: Params<'sendPoll'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      question: 'Ship it?',
      options: [{ text: 'Yes' }, { text: 'No' }],
      is_anonymous: false,
      type: 'regular',
    };
    await expect(sendPoll(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendPoll`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
