import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { unpinChatMessage } from './unpinChatMessage.js';

describe('unpinChatMessage types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(unpinChatMessage).parameters.toEqualTypeOf<[Client, Params<'unpinChatMessage'>, CallOptions?]>();
    expectTypeOf(unpinChatMessage).returns.resolves.toEqualTypeOf<Result<'unpinChatMessage'>>();
  });
});
