import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { unbanChatMember } from './unbanChatMember.js';

const result = true;

describe('unbanChatMember', () => {
  it('posts the params as JSON to /bot<token>/unbanChatMember and unwraps the result', async () => {
    const seen = answer('unbanChatMember', result);
    const params: Params<'unbanChatMember'> = { chat_id: -1001234567890, user_id: 461699897, only_if_banned: false };
    await expect(unbanChatMember(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/unbanChatMember`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
