import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import { ForumTopicIconColor } from '../topics/constants.js';
import type { ForumTopic } from '../types/botApi.js';
import type { Params } from '../types/methods.js';
import { createForumTopic } from './createForumTopic.js';

declare const client: Client;

describe('createForumTopic types', () => {
  it('takes a client, params and options, resolves with a ForumTopic', () => {
    expectTypeOf(createForumTopic).parameters.toEqualTypeOf<[Client, Params<'createForumTopic'>, CallOptions?]>();
    expectTypeOf(createForumTopic).returns.resolves.toEqualTypeOf<ForumTopic>();
    expectTypeOf<ForumTopic['message_thread_id']>().toEqualTypeOf<number>();
  });

  it('types icon_color as the six colours and icon_custom_emoji_id as a string', () => {
    expectTypeOf<Params<'createForumTopic'>['icon_color']>().toEqualTypeOf<ForumTopicIconColor | undefined>();
    expectTypeOf<Params<'createForumTopic'>['icon_custom_emoji_id']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(createForumTopic).toBeCallableWith(client, {
      chat_id: -1001234567890,
      name: 'Incident 7',
      icon_color: ForumTopicIconColor.Red,
      icon_custom_emoji_id: '5357419403325481346',
    });
    // @ts-expect-error not one of the six colours
    createForumTopic(client, { chat_id: -1001234567890, name: 'Incident 7', icon_color: 0x123456 });
    // @ts-expect-error custom emoji ids exceed 2^53: strings only
    createForumTopic(client, { chat_id: -1001234567890, name: 'Incident 7', icon_custom_emoji_id: 5357419403325481 });
    // @ts-expect-error a name is required
    createForumTopic(client, { chat_id: -1001234567890 });
  });
});
