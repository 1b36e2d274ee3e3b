import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendContact } from './sendContact.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  contact: { phone_number: '+15550100', first_name: 'Ada', last_name: 'Lovelace' },
};

describe('sendContact', () => {
  it('posts the params as JSON to /bot<token>/sendContact and unwraps the result', async () => {
    const seen = answer('sendContact', result);
    const params: Params<'sendContact'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      phone_number: '+15550100',
      first_name: 'Ada',
      last_name: 'Lovelace',
    };
    await expect(sendContact(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendContact`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
