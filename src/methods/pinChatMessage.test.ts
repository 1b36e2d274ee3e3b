import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { pinChatMessage } from './pinChatMessage.js';

const result = true;

describe('pinChatMessage', () => {
  it('posts the params as JSON to /bot<token>/pinChatMessage and unwraps the result', async () => {
    const seen = answer('pinChatMessage', result);
    const params: Params<'pinChatMessage'> = { chat_id: -1001234567890, message_id: 77, disable_notification: false };
    await expect(pinChatMessage(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/pinChatMessage`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('pinChatMessage and topics', () => {
  it('refuses the "chat*thread" form, which it has no thread for, naming the method', async () => {
    const seen = answer('pinChatMessage', result);
    const error = await pinChatMessage(testClient(), { chat_id: '-1001234567890*42', message_id: 77 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ValidationError', method: 'pinChatMessage', field: 'chat_id' });
    expect(String(error)).toContain('pinChatMessage');
    expect(seen).toHaveLength(0);
  });
});
