import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params } from '../types/methods.js';
import { setWebhook } from './setWebhook.js';

describe('setWebhook types', () => {
  it('requires params with url, resolves with true', () => {
    expectTypeOf(setWebhook).parameters.toEqualTypeOf<[Client, Params<'setWebhook'>, CallOptions?]>();
    expectTypeOf(setWebhook).returns.resolves.toEqualTypeOf<true>();
    expectTypeOf<Params<'setWebhook'>>().toHaveProperty('url').toEqualTypeOf<string>();
  });
});
