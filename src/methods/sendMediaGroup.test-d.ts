import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendMediaGroup } from './sendMediaGroup.js';

describe('sendMediaGroup types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendMediaGroup).parameters.toEqualTypeOf<[Client, Params<'sendMediaGroup'>, CallOptions?]>();
    expectTypeOf(sendMediaGroup).returns.resolves.toEqualTypeOf<Result<'sendMediaGroup'>>();
  });
});
