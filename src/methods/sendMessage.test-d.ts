import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Message } from '../types/botApi.js';
import type { Params, Result } from '../types/methods.js';
import { sendMessage } from './sendMessage.js';

declare const client: Client;

describe('sendMessage types', () => {
  it('takes a client, params and options, resolves with a text message', () => {
    expectTypeOf(sendMessage).parameters.toEqualTypeOf<[Client, Params<'sendMessage'>, CallOptions?]>();
    expectTypeOf(sendMessage).returns.resolves.toEqualTypeOf<Result<'sendMessage'>>();
    expectTypeOf<Result<'sendMessage'>>().toExtend<Message>();
    expectTypeOf<Result<'sendMessage'>['text']>().toEqualTypeOf<string>();
  });

  it('takes a topic by id or in the "chat*thread" form, and the Bot API options', () => {
    expectTypeOf(sendMessage).toBeCallableWith(client, { chat_id: -1001234567890, message_thread_id: 42, text: 'a' });
    expectTypeOf(sendMessage).toBeCallableWith(client, { chat_id: '-1001234567890*42', text: 'a' });
    expectTypeOf(sendMessage).toBeCallableWith(client, {
      chat_id: '@forum_group',
      text: '<b>a</b>',
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      reply_parameters: { message_id: 5 },
      reply_markup: { inline_keyboard: [[{ text: 'Retry', callback_data: 'retry' }]] },
    });
    // @ts-expect-error text is required
    sendMessage(client, { chat_id: 1 });
    // @ts-expect-error parse modes are a literal union
    sendMessage(client, { chat_id: 1, text: 'a', parse_mode: 'html5' });
  });
});
