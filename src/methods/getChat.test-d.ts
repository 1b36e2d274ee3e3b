import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { getChat } from './getChat.js';

describe('getChat types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(getChat).parameters.toEqualTypeOf<[Client, Params<'getChat'>, CallOptions?]>();
    expectTypeOf(getChat).returns.resolves.toEqualTypeOf<Result<'getChat'>>();
  });
});
