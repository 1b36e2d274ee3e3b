import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendDocument } from './sendDocument.js';

describe('sendDocument types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendDocument).parameters.toEqualTypeOf<[Client, Params<'sendDocument'>, CallOptions?]>();
    expectTypeOf(sendDocument).returns.resolves.toEqualTypeOf<Result<'sendDocument'>>();
  });
});
