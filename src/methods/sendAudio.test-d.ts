import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendAudio } from './sendAudio.js';

describe('sendAudio types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendAudio).parameters.toEqualTypeOf<[Client, Params<'sendAudio'>, CallOptions?]>();
    expectTypeOf(sendAudio).returns.resolves.toEqualTypeOf<Result<'sendAudio'>>();
  });
});
