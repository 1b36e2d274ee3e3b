import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { getChat } from './getChat.js';

const result = {
  ...{ id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true },
  accent_color_id: 3,
  max_reaction_count: 11,
  accepted_gift_types: {
    unlimited_gifts: false,
    limited_gifts: false,
    unique_gifts: false,
    premium_subscription: false,
    gifts_from_channels: false,
  },
};

describe('getChat', () => {
  it('posts the params as JSON to /bot<token>/getChat and unwraps the result', async () => {
    const seen = answer('getChat', result);
    const params: Params<'getChat'> = { chat_id: -1001234567890 };
    await expect(getChat(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/getChat`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
