import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { sendChatAction } from './sendChatAction.js';

describe('sendChatAction types', () => {
  it('takes a client, the Bot API params and options, resolves with the Bot API result', () => {
    expectTypeOf(sendChatAction).parameters.toEqualTypeOf<[Client, Params<'sendChatAction'>, CallOptions?]>();
    expectTypeOf(sendChatAction).returns.resolves.toEqualTypeOf<Result<'sendChatAction'>>();
  });

  it('types action as the documented union', () => {
    expectTypeOf<Params<'sendChatAction'>['action']>().toEqualTypeOf<
      | 'typing'
      | 'upload_photo'
      | 'record_video'
      | 'upload_video'
      | 'record_voice'
      | 'upload_voice'
      | 'upload_document'
      | 'choose_sticker'
      | 'find_location'
      | 'record_video_note'
      | 'upload_video_note'
    >();
    // @ts-expect-error not a chat action
    sendChatAction({} as Client, { chat_id: 1, action: 'dancing' });
  });
});
