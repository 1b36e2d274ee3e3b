import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { getChatMemberCount } from './getChatMemberCount.js';

const result = 42;

describe('getChatMemberCount', () => {
  it('posts the params as JSON to /bot<token>/getChatMemberCount and unwraps the result', async () => {
    const seen = answer('getChatMemberCount', result);
    const params: Params<'getChatMemberCount'> = { chat_id: '@forum' };
    await expect(getChatMemberCount(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/getChatMemberCount`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
