import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendChatAction } from './sendChatAction.js';

describe('sendChatAction types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendChatAction).parameters.toEqualTypeOf<[Client, Params<'sendChatAction'>, CallOptions?]>();
    expectTypeOf(sendChatAction).returns.resolves.toEqualTypeOf<Result<'sendChatAction'>>();
  });
});
