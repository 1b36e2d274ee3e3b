import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { TopicParams } from '../topics/parseChatTarget.js';
import { editForumTopic } from './editForumTopic.js';

declare const client: Client;

describe('editForumTopic types', () => {
  it('takes a client, the topic with its changes and options, resolves with true', () => {
    expectTypeOf(editForumTopic).parameters.toEqualTypeOf<[Client, TopicParams<'editForumTopic'>, CallOptions?]>();
    expectTypeOf(editForumTopic).returns.resolves.toEqualTypeOf<true>();
  });

  it('takes name and icon_custom_emoji_id as optional strings, the topic by id or "chat*thread"', () => {
    expectTypeOf(editForumTopic).toBeCallableWith(client, { chat_id: -1001234567890, message_thread_id: 42 });
    expectTypeOf(editForumTopic).toBeCallableWith(client, { chat_id: '-1001234567890*42', name: 'Renamed' });
    expectTypeOf(editForumTopic).toBeCallableWith(client, {
      chat_id: '@forum_group*42',
      icon_custom_emoji_id: '',
    });
    // @ts-expect-error a topic is required
    editForumTopic(client, { chat_id: -1001234567890, name: 'Renamed' });
    // @ts-expect-error no icon_color on edit
    editForumTopic(client, { chat_id: -1001234567890, message_thread_id: 42, icon_color: 0x6fb9f0 });
  });
});
