import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { deleteWebhook } from './deleteWebhook.js';

describe('deleteWebhook', () => {
  it('posts drop_pending_updates and unwraps true', async () => {
    const seen = answer('deleteWebhook', true);
    await expect(deleteWebhook(testClient(), { drop_pending_updates: true })).resolves.toBe(true);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/deleteWebhook`);
    expect(seen[0]?.json).toEqual({ drop_pending_updates: true });
  });

  it('works without params', async () => {
    const seen = answer('deleteWebhook', true);
    await expect(deleteWebhook(testClient())).resolves.toBe(true);
    expect(seen[0]?.json).toEqual({});
  });
});
