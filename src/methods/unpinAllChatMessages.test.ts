import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { unpinAllChatMessages } from './unpinAllChatMessages.js';

const result = true;

describe('unpinAllChatMessages', () => {
  it('posts the params as JSON to /bot<token>/unpinAllChatMessages and unwraps the result', async () => {
    const seen = answer('unpinAllChatMessages', result);
    const params: Params<'unpinAllChatMessages'> = { chat_id: -1001234567890 };
    await expect(unpinAllChatMessages(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/unpinAllChatMessages`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
