import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params } from '../types/methods.js';
import { unpinAllGeneralForumTopicMessages } from './unpinAllGeneralForumTopicMessages.js';

declare const client: Client;

describe('unpinAllGeneralForumTopicMessages types', () => {
  it('takes a client, the chat and options, resolves with true', () => {
    expectTypeOf(unpinAllGeneralForumTopicMessages).parameters.toEqualTypeOf<
      [Client, Params<'unpinAllGeneralForumTopicMessages'>, CallOptions?]
    >();
    expectTypeOf<Params<'unpinAllGeneralForumTopicMessages'>>().toEqualTypeOf<{ chat_id: number | string }>();
    expectTypeOf(unpinAllGeneralForumTopicMessages).returns.resolves.toEqualTypeOf<true>();
  });

  it('has no thread: the General topic is implied', () => {
    expectTypeOf(unpinAllGeneralForumTopicMessages).toBeCallableWith(client, { chat_id: '@forum_group' });
    // @ts-expect-error no message_thread_id on a General method
    unpinAllGeneralForumTopicMessages(client, { chat_id: -1001234567890, message_thread_id: 1 });
  });
});
