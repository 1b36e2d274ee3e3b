import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendContact } from './sendContact.js';

describe('sendContact types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendContact).parameters.toEqualTypeOf<[Client, Params<'sendContact'>, CallOptions?]>();
    expectTypeOf(sendContact).returns.resolves.toEqualTypeOf<Result<'sendContact'>>();
  });
});
