import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendLocation } from './sendLocation.js';

describe('sendLocation types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendLocation).parameters.toEqualTypeOf<[Client, Params<'sendLocation'>, CallOptions?]>();
    expectTypeOf(sendLocation).returns.resolves.toEqualTypeOf<Result<'sendLocation'>>();
  });
});
