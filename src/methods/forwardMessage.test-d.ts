import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { forwardMessage } from './forwardMessage.js';

describe('forwardMessage types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(forwardMessage).parameters.toEqualTypeOf<[Client, Params<'forwardMessage'>, CallOptions?]>();
    expectTypeOf(forwardMessage).returns.resolves.toEqualTypeOf<Result<'forwardMessage'>>();
  });
});
