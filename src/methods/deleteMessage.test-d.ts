import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { deleteMessage } from './deleteMessage.js';

describe('deleteMessage types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(deleteMessage).parameters.toEqualTypeOf<[Client, Params<'deleteMessage'>, CallOptions?]>();
    expectTypeOf(deleteMessage).returns.resolves.toEqualTypeOf<Result<'deleteMessage'>>();
  });
});
