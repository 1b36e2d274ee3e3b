import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { editMessageReplyMarkup } from './editMessageReplyMarkup.js';

describe('editMessageReplyMarkup types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(editMessageReplyMarkup).parameters.toEqualTypeOf<
      [Client, Params<'editMessageReplyMarkup'>, CallOptions?]
    >();
    expectTypeOf(editMessageReplyMarkup).returns.resolves.toEqualTypeOf<Result<'editMessageReplyMarkup'>>();
  });
});
