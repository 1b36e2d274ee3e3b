import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { editMessageText } from './editMessageText.js';

describe('editMessageText types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(editMessageText).parameters.toEqualTypeOf<[Client, Params<'editMessageText'>, CallOptions?]>();
    expectTypeOf(editMessageText).returns.resolves.toEqualTypeOf<Result<'editMessageText'>>();
  });
});
