import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Update } from '../types/botApi.js';
import type { Params } from '../types/methods.js';
import { getUpdates } from './getUpdates.js';

describe('getUpdates types', () => {
  it('takes optional params and resolves with updates', () => {
    expectTypeOf(getUpdates).parameters.toEqualTypeOf<[Client, Params<'getUpdates'>?, CallOptions?]>();
    expectTypeOf(getUpdates).returns.resolves.toEqualTypeOf<Update[]>();
  });
});
