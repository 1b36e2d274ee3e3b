import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendPhoto } from './sendPhoto.js';

describe('sendPhoto types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendPhoto).parameters.toEqualTypeOf<[Client, Params<'sendPhoto'>, CallOptions?]>();
    expectTypeOf(sendPhoto).returns.resolves.toEqualTypeOf<Result<'sendPhoto'>>();
  });
});
