import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendPoll } from './sendPoll.js';

describe('sendPoll types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendPoll).parameters.toEqualTypeOf<[Client, Params<'sendPoll'>, CallOptions?]>();
    expectTypeOf(sendPoll).returns.resolves.toEqualTypeOf<Result<'sendPoll'>>();
  });

  it('types type as regular or quiz', () => {
    expectTypeOf<Params<'sendPoll'>['type']>().toEqualTypeOf<'regular' | 'quiz' | undefined>();
  });
});
