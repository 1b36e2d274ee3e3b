import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import { closeForumTopic } from './closeForumTopic.js';

declare const client: Client;

describe('closeForumTopic types', () => {
  it('takes a client, the topic and options, resolves with true', () => {
    expectTypeOf(closeForumTopic).parameters.toEqualTypeOf<[Client, TopicParams<'closeForumTopic'>, CallOptions?]>();
    expectTypeOf(closeForumTopic).returns.resolves.toEqualTypeOf<true>();
  });

  it('takes the topic by id or in the "chat*thread" form, and nothing less', () => {
    expectTypeOf(closeForumTopic).toBeCallableWith(client, { chat_id: -1001234567890, message_thread_id: 42 });
    expectTypeOf(closeForumTopic).toBeCallableWith(client, { chat_id: '@forum_group', message_thread_id: 42 });
    expectTypeOf(closeForumTopic).toBeCallableWith(client, { chat_id: '-1001234567890*42' });
    expectTypeOf(closeForumTopic).toBeCallableWith(client, { chat_id: '@forum_group*42' });
    // @ts-expect-error a topic is required
    closeForumTopic(client, { chat_id: -1001234567890 });
    // @ts-expect-error a plain @username names no topic
    closeForumTopic(client, { chat_id: '@forum_group' });
    // @ts-expect-error thread ids are numbers
    closeForumTopic(client, { chat_id: -1001234567890, message_thread_id: '42' });
  });
});
