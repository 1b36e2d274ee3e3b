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

describe('editMessageText checks', () => {
  it('refuses empty or missing text before sending', async () => {
    const seen = answer('editMessageText', result);
    for (const params of [
      { chat_id: 1, message_id: 2, text: '' },
      { chat_id: 1, message_id: 2 },
    ]) {
      await expect(editMessageText(testClient(), params)).rejects.toMatchObject({
        name: 'ValidationError',
        method: 'editMessageText',
        field: 'text',
      });
    }
    expect(seen).toHaveLength(0);
  });

  it('does not count the length itself: Telegram counts after parsing entities', async () => {
    const seen = answer('editMessageText', result);
    const text = `<b>${'x'.repeat(4096)}</b>`;
    await editMessageText(testClient(), { chat_id: 1, message_id: 2, text, parse_mode: 'HTML' });
    expect(seen[0]?.json).toEqual({ chat_id: 1, message_id: 2, text, parse_mode: 'HTML' });
  });

  it('edits an inline message by inline_message_id and resolves with true', async () => {
    const seen = answer('editMessageText', true);
    await expect(editMessageText(testClient(), { inline_message_id: 'AAAB', text: 'ok' })).resolves.toBe(true);
    expect(seen[0]?.json).toEqual({ inline_message_id: 'AAAB', text: 'ok' });
  });

  it('refuses the "chat*thread" form: an edit addresses a message, not a topic', async () => {
    const seen = answer('editMessageText', result);
    await expect(
      editMessageText(testClient(), { chat_id: '-1001234567890*42', message_id: 2, text: 'x' }),
    ).rejects.toMatchObject({ name: 'ValidationError', method: 'editMessageText', field: 'chat_id' });
    expect(seen).toHaveLength(0);
  });

  it('refuses an unknown parse_mode', async () => {
    const seen = answer('editMessageText', result);
    await expect(
      editMessageText(testClient(), { chat_id: 1, message_id: 2, text: 'x', parse_mode: 'Markdown2' as 'HTML' }),
    ).rejects.toMatchObject({ field: 'parse_mode' });
    expect(seen).toHaveLength(0);
  });
});
