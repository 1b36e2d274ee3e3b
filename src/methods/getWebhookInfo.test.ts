import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { getWebhookInfo } from './getWebhookInfo.js';

const info = { url: '', has_custom_certificate: false, pending_update_count: 3 };

describe('getWebhookInfo', () => {
  it('posts an empty body and unwraps the WebhookInfo', async () => {
    const seen = answer('getWebhookInfo', info);
    await expect(getWebhookInfo(testClient())).resolves.toEqual(info);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/getWebhookInfo`);
    expect(seen[0]?.json).toEqual({});
  });
});
