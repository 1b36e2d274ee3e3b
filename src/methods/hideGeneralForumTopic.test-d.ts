import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params } from '../types/methods.js';
import { hideGeneralForumTopic } from './hideGeneralForumTopic.js';

declare const client: Client;

describe('hideGeneralForumTopic types', () => {
  it('takes a client, the chat and options, resolves with true', () => {
    expectTypeOf(hideGeneralForumTopic).parameters.toEqualTypeOf<
      [Client, Params<'hideGeneralForumTopic'>, CallOptions?]
    >();
    expectTypeOf<Params<'hideGeneralForumTopic'>>().toEqualTypeOf<{ chat_id: number | string }>();
    expectTypeOf(hideGeneralForumTopic).returns.resolves.toEqualTypeOf<true>();
  });

  it('has no thread: the General topic is implied', () => {
    expectTypeOf(hideGeneralForumTopic).toBeCallableWith(client, { chat_id: '@forum_group' });
    // @ts-expect-error no message_thread_id on a General method
    hideGeneralForumTopic(client, { chat_id: -1001234567890, message_thread_id: 1 });
  });
});
