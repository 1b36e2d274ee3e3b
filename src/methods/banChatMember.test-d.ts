import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { banChatMember } from './banChatMember.js';

describe('banChatMember types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(banChatMember).parameters.toEqualTypeOf<[Client, Params<'banChatMember'>, CallOptions?]>();
    expectTypeOf(banChatMember).returns.resolves.toEqualTypeOf<Result<'banChatMember'>>();
  });
});
