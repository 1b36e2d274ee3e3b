import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { unpinChatMessage } from './unpinChatMessage.js';

const result = true;

describe('unpinChatMessage', () => {
  it('posts the params as JSON to /bot<token>/unpinChatMessage and unwraps the result', async () => {
    const seen = answer('unpinChatMessage', result);
    const params: Params<'unpinChatMessage'> = { chat_id: -1001234567890, message_id: 77 };
    await expect(unpinChatMessage(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/unpinChatMessage`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
