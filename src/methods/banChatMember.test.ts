import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { banChatMember } from './banChatMember.js';

const result = true;

describe('banChatMember', () => {
  it('posts the params as JSON to /bot<token>/banChatMember and unwraps the result', async () => {
    const seen = answer('banChatMember', result);
    const params: Params<'banChatMember'> = {
      chat_id: -1001234567890,
      user_id: 461699897,
      until_date: 0,
      revoke_messages: false,
    };
    await expect(banChatMember(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/banChatMember`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});

describe('banChatMember and topics', () => {
  it('refuses the "chat*thread" form, which it has no thread for, naming the method', async () => {
    const seen = answer('banChatMember', result);
    const error = await banChatMember(testClient(), { chat_id: '-1001234567890*42', user_id: 5 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ValidationError', method: 'banChatMember', field: 'chat_id' });
    expect(String(error)).toContain('banChatMember');
    expect(seen).toHaveLength(0);
  });
});
