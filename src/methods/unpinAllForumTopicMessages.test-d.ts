import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import { unpinAllForumTopicMessages } from './unpinAllForumTopicMessages.js';

declare const client: Client;

describe('unpinAllForumTopicMessages types', () => {
  it('takes a client, the topic and options, resolves with true', () => {
    expectTypeOf(unpinAllForumTopicMessages).parameters.toEqualTypeOf<
      [Client, TopicParams<'unpinAllForumTopicMessages'>, CallOptions?]
    >();
    expectTypeOf(unpinAllForumTopicMessages).returns.resolves.toEqualTypeOf<true>();
  });

  it('takes the topic by id or in the "chat*thread" form, and nothing less', () => {
    expectTypeOf(unpinAllForumTopicMessages).toBeCallableWith(client, {
      chat_id: -1001234567890,
      message_thread_id: 42,
    });
    expectTypeOf(unpinAllForumTopicMessages).toBeCallableWith(client, {
      chat_id: '@forum_group',
      message_thread_id: 42,
    });
    expectTypeOf(unpinAllForumTopicMessages).toBeCallableWith(client, { chat_id: '-1001234567890*42' });
    expectTypeOf(unpinAllForumTopicMessages).toBeCallableWith(client, { chat_id: '@forum_group*42' });
    // @ts-expect-error a topic is required
    unpinAllForumTopicMessages(client, { chat_id: -1001234567890 });
    // @ts-expect-error a plain @username names no topic
    unpinAllForumTopicMessages(client, { chat_id: '@forum_group' });
    // @ts-expect-error thread ids are numbers
    unpinAllForumTopicMessages(client, { chat_id: -1001234567890, message_thread_id: '42' });
  });
});
