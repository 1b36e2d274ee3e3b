import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { copyMessage } from './copyMessage.js';

describe('copyMessage types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(copyMessage).parameters.toEqualTypeOf<[Client, Params<'copyMessage'>, CallOptions?]>();
    expectTypeOf(copyMessage).returns.resolves.toEqualTypeOf<Result<'copyMessage'>>();
  });
});
