import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params } from '../types/methods.js';
import { deleteWebhook } from './deleteWebhook.js';

describe('deleteWebhook types', () => {
  it('takes optional params and resolves with true', () => {
    expectTypeOf(deleteWebhook).parameters.toEqualTypeOf<[Client, Params<'deleteWebhook'>?, CallOptions?]>();
    expectTypeOf(deleteWebhook).returns.resolves.toEqualTypeOf<true>();
  });
});
