import { describe, expectTypeOf, it } from 'vitest';
import type { Client } from '../../src/client/types.js';
import {
  closeForumTopic,
  closeGeneralForumTopic,
  deleteForumTopic,
  editForumTopic,
  getForumTopicIconStickers,
  reopenForumTopic,
  unpinAllForumTopicMessages,
} from '../../src/methods/index.js';
import { parseChatTarget } from '../../src/topics/parseChatTarget.js';
import type { Sticker } from '../../src/types/botApi.js';

declare const client: Client;
declare const fromEnv: string;
declare const chatId: number;

// The topic targets each of the five topic methods takes, and the ones it refuses, as types.
describe('topic methods, as types', () => {
  it('take a topic by id, by "chat*thread", as any string, or parsed by parseChatTarget', () => {
    for (const method of [closeForumTopic, reopenForumTopic, deleteForumTopic, unpinAllForumTopicMessages]) {
      expectTypeOf(method).toBeCallableWith(client, { chat_id: -1001234567890, message_thread_id: 42 });
      expectTypeOf(method).toBeCallableWith(client, { chat_id: '@forum_group', message_thread_id: 42 });
      expectTypeOf(method).toBeCallableWith(client, { chat_id: '-1001234567890*42' });
      expectTypeOf(method).toBeCallableWith(client, { chat_id: fromEnv });
      expectTypeOf(method).toBeCallableWith(client, parseChatTarget(fromEnv));
      expectTypeOf(method).toBeCallableWith(client, { ...parseChatTarget(fromEnv) });
    }
    expectTypeOf(editForumTopic).toBeCallableWith(client, { ...parseChatTarget(fromEnv), name: 'Renamed' });
    expectTypeOf(editForumTopic).toBeCallableWith(client, { chat_id: fromEnv, icon_custom_emoji_id: '' });
  });

  it('refuse a numeric chat without message_thread_id, a chat-only parse, and non-numeric threads', () => {
    // @ts-expect-error message_thread_id is missing
    closeForumTopic(client, { chat_id: -1001234567890 });
    // @ts-expect-error message_thread_id is missing
    reopenForumTopic(client, { chat_id: chatId });
    // @ts-expect-error message_thread_id is missing
    deleteForumTopic(client, { chat_id: -1001234567890 });
    // @ts-expect-error message_thread_id is missing
    unpinAllForumTopicMessages(client, { chat_id: -1001234567890 });
    // @ts-expect-error message_thread_id is missing
    editForumTopic(client, { chat_id: -1001234567890, name: 'Renamed' });
    // @ts-expect-error a number names no topic, so its parse has none either
    closeForumTopic(client, parseChatTarget(chatId));
    // @ts-expect-error thread ids are numbers
    closeForumTopic(client, { chat_id: -1001234567890, message_thread_id: '42' });
    // @ts-expect-error no icon_color on edit
    editForumTopic(client, { chat_id: -1001234567890, message_thread_id: 42, icon_color: 0x6fb9f0 });
  });

  it('the General methods take a chat only, and getForumTopicIconStickers nothing', () => {
    expectTypeOf(closeGeneralForumTopic).toBeCallableWith(client, { chat_id: '@forum_group' });
    // @ts-expect-error no message_thread_id on a General method
    closeGeneralForumTopic(client, { chat_id: -1001234567890, message_thread_id: 1 });
    // @ts-expect-error no parameters
    getForumTopicIconStickers(client, { chat_id: 1 });
    expectTypeOf(getForumTopicIconStickers).returns.resolves.toEqualTypeOf<Sticker[]>();
    expectTypeOf<Sticker['custom_emoji_id']>().toEqualTypeOf<string | undefined>();
  });
});
