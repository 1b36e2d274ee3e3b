import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { editMessageCaption } from './editMessageCaption.js';

describe('editMessageCaption types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(editMessageCaption).parameters.toEqualTypeOf<[Client, Params<'editMessageCaption'>, CallOptions?]>();
    expectTypeOf(editMessageCaption).returns.resolves.toEqualTypeOf<Result<'editMessageCaption'>>();
  });
});
