import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { getFile } from './getFile.js';

describe('getFile types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(getFile).parameters.toEqualTypeOf<[Client, Params<'getFile'>, CallOptions?]>();
    expectTypeOf(getFile).returns.resolves.toEqualTypeOf<Result<'getFile'>>();
  });

  it('resolves with a File whose file_path is optional', () => {
    expectTypeOf<Result<'getFile'>['file_path']>().toEqualTypeOf<string | undefined>();
  });
});
