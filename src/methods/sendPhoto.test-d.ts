import { describe, expectTypeOf, it } from 'vitest';
import { inputFile } from '../client/inputFile.js';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendPhoto } from './sendPhoto.js';

describe('sendPhoto types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendPhoto).parameters.toEqualTypeOf<[Client, Params<'sendPhoto'>, CallOptions?]>();
    expectTypeOf(sendPhoto).returns.resolves.toEqualTypeOf<Result<'sendPhoto'>>();
  });

  it('takes a file_id or URL string, or an inputFile, as photo', () => {
    expectTypeOf(sendPhoto).toBeCallableWith({} as Client, { chat_id: '@forum*7', photo: 'AgAC' });
    expectTypeOf(sendPhoto).toBeCallableWith({} as Client, {
      chat_id: -1001234567890,
      photo: inputFile(new Uint8Array(1), 'a.jpg'),
    });
    // @ts-expect-error a bare Uint8Array has no file name
    sendPhoto({} as Client, { chat_id: 1, photo: new Uint8Array(1) });
    // @ts-expect-error parse_mode is a literal union
    sendPhoto({} as Client, { chat_id: 1, photo: 'AgAC', parse_mode: 'Markdown2' });
  });
});
