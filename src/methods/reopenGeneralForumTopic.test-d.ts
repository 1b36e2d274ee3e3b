import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params } from '../types/methods.js';
import { reopenGeneralForumTopic } from './reopenGeneralForumTopic.js';

declare const client: Client;

describe('reopenGeneralForumTopic types', () => {
  it('takes a client, the chat and options, resolves with true', () => {
    expectTypeOf(reopenGeneralForumTopic).parameters.toEqualTypeOf<
      [Client, Params<'reopenGeneralForumTopic'>, CallOptions?]
    >();
    expectTypeOf<Params<'reopenGeneralForumTopic'>>().toEqualTypeOf<{ chat_id: number | string }>();
    expectTypeOf(reopenGeneralForumTopic).returns.resolves.toEqualTypeOf<true>();
  });

  it('has no thread: the General topic is implied', () => {
    expectTypeOf(reopenGeneralForumTopic).toBeCallableWith(client, { chat_id: '@forum_group' });
    // @ts-expect-error no message_thread_id on a General method
    reopenGeneralForumTopic(client, { chat_id: -1001234567890, message_thread_id: 1 });
  });
});
