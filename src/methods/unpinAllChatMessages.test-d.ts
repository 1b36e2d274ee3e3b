import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { unpinAllChatMessages } from './unpinAllChatMessages.js';

describe('unpinAllChatMessages types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(unpinAllChatMessages).parameters.toEqualTypeOf<
      [Client, Params<'unpinAllChatMessages'>, CallOptions?]
    >();
    expectTypeOf(unpinAllChatMessages).returns.resolves.toEqualTypeOf<Result<'unpinAllChatMessages'>>();
  });
});
