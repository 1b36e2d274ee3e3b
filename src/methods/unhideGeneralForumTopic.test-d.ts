import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params } from '../types/methods.js';
import { unhideGeneralForumTopic } from './unhideGeneralForumTopic.js';

declare const client: Client;

describe('unhideGeneralForumTopic types', () => {
  it('takes a client, the chat and options, resolves with true', () => {
    expectTypeOf(unhideGeneralForumTopic).parameters.toEqualTypeOf<
      [Client, Params<'unhideGeneralForumTopic'>, CallOptions?]
    >();
    expectTypeOf<Params<'unhideGeneralForumTopic'>>().toEqualTypeOf<{ chat_id: number | string }>();
    expectTypeOf(unhideGeneralForumTopic).returns.resolves.toEqualTypeOf<true>();
  });

  it('has no thread: the General topic is implied', () => {
    expectTypeOf(unhideGeneralForumTopic).toBeCallableWith(client, { chat_id: '@forum_group' });
    // @ts-expect-error no message_thread_id on a General method
    unhideGeneralForumTopic(client, { chat_id: -1001234567890, message_thread_id: 1 });
  });
});
