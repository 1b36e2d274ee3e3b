import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { unbanChatMember } from './unbanChatMember.js';

describe('unbanChatMember types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(unbanChatMember).parameters.toEqualTypeOf<[Client, Params<'unbanChatMember'>, CallOptions?]>();
    expectTypeOf(unbanChatMember).returns.resolves.toEqualTypeOf<Result<'unbanChatMember'>>();
  });
});
