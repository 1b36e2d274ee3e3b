import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { File } from '../types/botApi.js';
import { downloadFile } from './downloadFile.js';

describe('downloadFile types', () => {
  it('takes a File or a file_id, resolves with bytes', () => {
    expectTypeOf(downloadFile).parameters.toEqualTypeOf<[Client, File | string, CallOptions?]>();
    expectTypeOf(downloadFile).returns.resolves.toEqualTypeOf<Uint8Array>();
  });
});
