import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendVideo } from './sendVideo.js';

describe('sendVideo types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendVideo).parameters.toEqualTypeOf<[Client, Params<'sendVideo'>, CallOptions?]>();
    expectTypeOf(sendVideo).returns.resolves.toEqualTypeOf<Result<'sendVideo'>>();
  });
});
