import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { UserFromGetMe } from '../types/botApi.js';
import { getMe } from './getMe.js';

describe('getMe types', () => {
  it('takes a client and options, resolves with the getMe user', () => {
    expectTypeOf(getMe).parameters.toEqualTypeOf<[Client, CallOptions?]>();
    expectTypeOf(getMe).returns.resolves.toEqualTypeOf<UserFromGetMe>();
  });
});
