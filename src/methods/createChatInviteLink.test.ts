import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { createChatInviteLink } from './createChatInviteLink.js';

const result = {
  invite_link: 'https://t.me/+AbCdEf',
  creator: { id: 123456789, is_bot: true, first_name: 'Forum Bot' },
  creates_join_request: false,
  is_primary: false,
  is_revoked: false,
  name: 'Beta testers',
  expire_date: 1700086400,
  member_limit: 200,
};

describe('createChatInviteLink', () => {
  it('posts the params as JSON to /bot<token>/createChatInviteLink and unwraps the result', async () => {
    const seen = answer('createChatInviteLink', result);
    const params: Params<'createChatInviteLink'> = {
      chat_id: -1001234567890,
      name: 'Beta testers',
      expire_date: 1700086400,
      member_limit: 200,
    };
    await expect(createChatInviteLink(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/createChatInviteLink`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
