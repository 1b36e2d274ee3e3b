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

describe('sendPoll checks', () => {
  const base = { chat_id: '-1001234567890*42', question: 'Ship it?', options: [{ text: 'Yes' }, { text: 'No' }] };

  it('sends into the topic given by the legacy form, with false sent as false', async () => {
    const seen = answer('sendPoll', result);
    await sendPoll(testClient(), { ...base, is_anonymous: false, type: 'quiz', correct_option_ids: [0] });
    expect(seen[0]?.json).toEqual({
      chat_id: -1001234567890,
      message_thread_id: 42,
      question: 'Ship it?',
      options: [{ text: 'Yes' }, { text: 'No' }],
      is_anonymous: false,
      type: 'quiz',
      correct_option_ids: [0],
    });
  });

  it('accepts 1 and 12 options (Bot API 10.3 documents 1-12)', async () => {
    const seen = answer('sendPoll', result);
    await sendPoll(testClient(), {
      ...base,
      options: [{ text: 'Only' }],
      allow_adding_options: true,
      is_anonymous: false,
    });
    await sendPoll(testClient(), { ...base, options: Array.from({ length: 12 }, (_, i) => ({ text: `#${i}` })) });
    expect(seen).toHaveLength(2);
  });

  it('refuses no options, more than 12, an empty question, an unknown type or parse mode', async () => {
    const seen = answer('sendPoll', result);
    const cases: Array<[Params<'sendPoll'>, string]> = [
      [{ ...base, options: [] }, 'options'],
      [{ ...base, options: Array.from({ length: 13 }, (_, i) => ({ text: `#${i}` })) }, 'options'],
      [{ ...base, options: 'Yes,No' as unknown as [] }, 'options'],
      [{ ...base, question: '' }, 'question'],
      [{ ...base, type: 'survey' as 'quiz' }, 'type'],
      [{ ...base, explanation_parse_mode: 'md' as 'HTML' }, 'explanation_parse_mode'],
    ];
    for (const [params, field] of cases) {
      await expect(sendPoll(testClient(), params), field).rejects.toMatchObject({
        name: 'ValidationError',
        method: 'sendPoll',
        field,
      });
    }
    expect(seen).toHaveLength(0);
  });
});
