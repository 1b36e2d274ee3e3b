import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { createChatInviteLink } from './createChatInviteLink.js';

describe('createChatInviteLink types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(createChatInviteLink).parameters.toEqualTypeOf<
      [Client, Params<'createChatInviteLink'>, CallOptions?]
    >();
    expectTypeOf(createChatInviteLink).returns.resolves.toEqualTypeOf<Result<'createChatInviteLink'>>();
  });
});
