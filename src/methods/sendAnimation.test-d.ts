import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendAnimation } from './sendAnimation.js';

describe('sendAnimation types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendAnimation).parameters.toEqualTypeOf<[Client, Params<'sendAnimation'>, CallOptions?]>();
    expectTypeOf(sendAnimation).returns.resolves.toEqualTypeOf<Result<'sendAnimation'>>();
  });
});
