import { describe, expect, it } from 'vitest';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import type { Params } from '../types/methods.js';
import { getFile } from './getFile.js';

const result = {
  file_id: 'BQACAgIAAxkBAAIB',
  file_unique_id: 'AgADd',
  file_size: 5,
  file_path: 'documents/file_1.pdf',
};

describe('getFile', () => {
  it('posts the params as JSON to /bot<token>/getFile and unwraps the result', async () => {
    const seen = answer('getFile', result);
    const params: Params<'getFile'> = { file_id: 'BQACAgIAAxkBAAIB' };
    await expect(getFile(testClient(), params)).resolves.toEqual(result);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/getFile`);
    expect(seen[0]?.contentType).toBe('application/json');
    expect(seen[0]?.json).toEqual(params);
  });
});
