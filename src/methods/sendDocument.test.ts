import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendDocument } from './sendDocument.js';

const result = {
  message_id: 77,
  date: 1700000000,
  chat: { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  message_thread_id: 42,
  is_topic_message: true,
  document: { file_id: 'BQACAgIAAxkBAAIB', file_unique_id: 'AgADd', file_name: 'report.pdf' },
};

describe('sendDocument', () => {
  it('posts the params as JSON to /bot<token>/sendDocument and unwraps the result', async () => {
    const seen = answer('sendDocument', result);
    const params: Params<'sendDocument'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      document: 'https://example.com/report.pdf',
      disable_content_type_detection: false,
    };
    await expect(sendDocument(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendDocument`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
