import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { answerCallbackQuery } from './answerCallbackQuery.js';

describe('answerCallbackQuery types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(answerCallbackQuery).parameters.toEqualTypeOf<[Client, Params<'answerCallbackQuery'>, CallOptions?]>();
    expectTypeOf(answerCallbackQuery).returns.resolves.toEqualTypeOf<Result<'answerCallbackQuery'>>();
  });
});
