import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { WebhookInfo } from '../types/botApi.js';
import { getWebhookInfo } from './getWebhookInfo.js';

describe('getWebhookInfo types', () => {
  it('takes a client and options, resolves with WebhookInfo', () => {
    expectTypeOf(getWebhookInfo).parameters.toEqualTypeOf<[Client, CallOptions?]>();
    expectTypeOf(getWebhookInfo).returns.resolves.toEqualTypeOf<WebhookInfo>();
  });
});
