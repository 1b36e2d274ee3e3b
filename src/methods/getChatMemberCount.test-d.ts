import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { getChatMemberCount } from './getChatMemberCount.js';

describe('getChatMemberCount types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(getChatMemberCount).parameters.toEqualTypeOf<[Client, Params<'getChatMemberCount'>, CallOptions?]>();
    expectTypeOf(getChatMemberCount).returns.resolves.toEqualTypeOf<Result<'getChatMemberCount'>>();
  });
});
