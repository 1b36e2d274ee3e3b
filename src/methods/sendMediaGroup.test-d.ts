import { describe, expectTypeOf, it } from 'vitest';
import { inputFile } from '../client/inputFile.js';
import type { CallOptions, Client } from '../client/types.js';
import type { InputMediaPhoto } from '../types/botApi.js';
import type { Params, Result } from '../types/methods.js';
import { sendMediaGroup } from './sendMediaGroup.js';

describe('sendMediaGroup types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendMediaGroup).parameters.toEqualTypeOf<[Client, Params<'sendMediaGroup'>, CallOptions?]>();
    expectTypeOf(sendMediaGroup).returns.resolves.toEqualTypeOf<Result<'sendMediaGroup'>>();
  });

  it('takes InputMedia items whose media is a string or an inputFile', () => {
    const photo: InputMediaPhoto = { type: 'photo', media: inputFile(new Uint8Array(1), 'a.jpg') };
    expectTypeOf(sendMediaGroup).toBeCallableWith({} as Client, {
      chat_id: 1,
      media: [photo, { type: 'photo', media: 'AgAC' }],
    });
  });
});
