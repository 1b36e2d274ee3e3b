import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { getUpdates } from './getUpdates.js';

const updates = [
  { update_id: 10, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private', first_name: 'A' } } },
];

describe('getUpdates', () => {
  it('posts the params as JSON and unwraps the updates', async () => {
    const seen = answer('getUpdates', updates);
    const params = { offset: 10, limit: 5, timeout: 0, allowed_updates: ['message' as const] };
    await expect(getUpdates(testClient(), params)).resolves.toEqual(updates);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/getUpdates`);
    expect(seen[0]?.json).toEqual(params);
  });

  it('sends an empty object without params', async () => {
    const seen = answer('getUpdates', []);
    await expect(getUpdates(testClient())).resolves.toEqual([]);
    expect(seen[0]?.json).toEqual({});
  });
});
