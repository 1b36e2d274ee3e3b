import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { setWebhook } from './setWebhook.js';

describe('setWebhook', () => {
  it('posts url, secret_token and allowed_updates as JSON', async () => {
    const seen = answer('setWebhook', true);
    const params = {
      url: 'https://bot.example.com/hook',
      secret_token: `Az09_-${'x'.repeat(250)}`,
      allowed_updates: ['message' as const, 'callback_query' as const],
    };
    await expect(setWebhook(testClient(), params)).resolves.toBe(true);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/setWebhook`);
    expect(seen[0]?.json).toEqual(params);
  });

  it.each([
    ['empty', ''],
    ['257 characters', 'a'.repeat(257)],
    ['a space', 'my secret'],
    ['a non-ASCII letter', 'sécret'],
    ['not a string', 42],
  ])('refuses a secret_token that is %s before sending', async (_, secret_token) => {
    const seen = answer('setWebhook', true);
    await expect(
      setWebhook(testClient(), { url: 'https://bot.example.com/hook', secret_token: secret_token as string }),
    ).rejects.toMatchObject({ name: 'ValidationError', method: 'setWebhook', field: 'secret_token' });
    expect(seen).toHaveLength(0);
  });
});
