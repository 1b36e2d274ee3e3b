import { describe, expectTypeOf, it } from 'vitest';
import type { ChatTarget, LegacyChatTarget, TopicParams } from './parseChatTarget.js';
import { parseChatTarget } from './parseChatTarget.js';

describe('parseChatTarget types', () => {
  it('takes a chat id or a string, returns a chat and an optional thread', () => {
    expectTypeOf(parseChatTarget).parameters.toEqualTypeOf<[number | string, string?]>();
    expectTypeOf(parseChatTarget).returns.toEqualTypeOf<ChatTarget>();
  });

  it('LegacyChatTarget sketches "chat*thread"', () => {
    expectTypeOf<'-1001234567890*42'>().toExtend<LegacyChatTarget>();
    expectTypeOf<'@forum*7'>().toExtend<LegacyChatTarget>();
    expectTypeOf<'-1001234567890'>().not.toExtend<LegacyChatTarget>();
    expectTypeOf<'@forum'>().not.toExtend<LegacyChatTarget>();
    expectTypeOf<'forum*7'>().not.toExtend<LegacyChatTarget>();
  });

  it('TopicParams needs a thread unless chat_id carries one', () => {
    expectTypeOf({ chat_id: 1, message_thread_id: 2 }).toExtend<TopicParams<'closeForumTopic'>>();
    expectTypeOf({ chat_id: '-100*2' as const }).toExtend<TopicParams<'closeForumTopic'>>();
    expectTypeOf({ chat_id: 1 }).not.toExtend<TopicParams<'closeForumTopic'>>();
  });
});
