import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params } from '../types/methods.js';
import { closeGeneralForumTopic } from './closeGeneralForumTopic.js';

declare const client: Client;

describe('closeGeneralForumTopic types', () => {
  it('takes a client, the chat and options, resolves with true', () => {
    expectTypeOf(closeGeneralForumTopic).parameters.toEqualTypeOf<
      [Client, Params<'closeGeneralForumTopic'>, CallOptions?]
    >();
    expectTypeOf<Params<'closeGeneralForumTopic'>>().toEqualTypeOf<{ chat_id: number | string }>();
    expectTypeOf(closeGeneralForumTopic).returns.resolves.toEqualTypeOf<true>();
  });

  it('has no thread: the General topic is implied', () => {
    expectTypeOf(closeGeneralForumTopic).toBeCallableWith(client, { chat_id: '@forum_group' });
    // @ts-expect-error no message_thread_id on a General method
    closeGeneralForumTopic(client, { chat_id: -1001234567890, message_thread_id: 1 });
  });
});
