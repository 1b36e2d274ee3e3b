import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { copyMessage } from './copyMessage.js';

const result = { message_id: 78 };

describe('copyMessage', () => {
  it('posts the params as JSON to /bot<token>/copyMessage and unwraps the result', async () => {
    const seen = answer('copyMessage', result);
    const params: Params<'copyMessage'> = {
      chat_id: -1001234567890,
      message_thread_id: 42,
      from_chat_id: 461699897,
      message_id: 12,
      caption: '',
      parse_mode: 'MarkdownV2',
    };
    await expect(copyMessage(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/copyMessage`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('copyMessage into a topic', () => {
  it('splits the "chat*thread" target and drops the General topic id', async () => {
    const seen = answer('copyMessage', result);
    await copyMessage(testClient(), { chat_id: '-1001234567890*42', from_chat_id: 461699897, message_id: 12 });
    await copyMessage(testClient(), { chat_id: '-1001234567890*1', from_chat_id: 461699897, message_id: 12 });
    expect(seen[0]?.json).toEqual({
      chat_id: -1001234567890,
      message_thread_id: 42,
      from_chat_id: 461699897,
      message_id: 12,
    });
    expect(seen[1]?.json).toEqual({ chat_id: -1001234567890, from_chat_id: 461699897, message_id: 12 });
  });
});
