import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { sendChatAction } from './sendChatAction.js';

const result = true;

describe('sendChatAction', () => {
  it('posts the params as JSON to /bot<token>/sendChatAction and unwraps the result', async () => {
    const seen = answer('sendChatAction', result);
    const params: Params<'sendChatAction'> = { chat_id: -1001234567890, message_thread_id: 42, action: 'typing' };
    await expect(sendChatAction(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/sendChatAction`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
