import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { pinChatMessage } from './pinChatMessage.js';

describe('pinChatMessage types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(pinChatMessage).parameters.toEqualTypeOf<[Client, Params<'pinChatMessage'>, CallOptions?]>();
    expectTypeOf(pinChatMessage).returns.resolves.toEqualTypeOf<Result<'pinChatMessage'>>();
  });
});
