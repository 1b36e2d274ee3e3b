import { describe, expectTypeOf, it } from 'vitest';
import type { ChatTarget, LegacyChatTarget, TopicParams } from './parseChatTarget.js';
import { parseChatTarget } from './parseChatTarget.js';

declare const fromEnv: string;
declare const chatId: number;
declare const either: number | string;

describe('parseChatTarget types', () => {
  it('takes a chat id or a string and a method name, returns a chat and maybe a topic', () => {
    expectTypeOf(parseChatTarget(fromEnv)).toEqualTypeOf<ChatTarget<string>>();
    expectTypeOf(parseChatTarget(chatId)).toEqualTypeOf<ChatTarget<number>>();
    expectTypeOf(parseChatTarget(either, 'sendMessage')).toEqualTypeOf<ChatTarget>();
    expectTypeOf(parseChatTarget(fromEnv).message_thread_id).toEqualTypeOf<number | undefined>();
    expectTypeOf(parseChatTarget(fromEnv).chat_id).toEqualTypeOf<number | string>();
    // @ts-expect-error a chat id is a number or a string
    parseChatTarget({ chat_id: 1 });
  });

  it('ChatTarget is a topic, or a chat without one', () => {
    expectTypeOf({ chat_id: -100123, message_thread_id: 42 }).toExtend<ChatTarget>();
    expectTypeOf({ chat_id: '@forum' }).toExtend<ChatTarget<string>>();
    expectTypeOf({ chat_id: -100123 }).not.toExtend<ChatTarget<string>>();
  });

  it('LegacyChatTarget sketches "chat*thread"', () => {
    expectTypeOf<'-1001234567890*42'>().toExtend<LegacyChatTarget>();
    expectTypeOf<'@forum*7'>().toExtend<LegacyChatTarget>();
    expectTypeOf<'-1001234567890'>().not.toExtend<LegacyChatTarget>();
    expectTypeOf<'@forum'>().not.toExtend<LegacyChatTarget>();
    expectTypeOf<'forum*7'>().not.toExtend<LegacyChatTarget>();
  });

  it('TopicParams needs a thread with a numeric chat; a string may carry it', () => {
    expectTypeOf({ chat_id: 1, message_thread_id: 2 }).toExtend<TopicParams<'closeForumTopic'>>();
    expectTypeOf({ chat_id: '@forum', message_thread_id: 2 }).toExtend<TopicParams<'closeForumTopic'>>();
    expectTypeOf({ chat_id: '-100*2' as const }).toExtend<TopicParams<'closeForumTopic'>>();
    expectTypeOf({ chat_id: fromEnv }).toExtend<TopicParams<'closeForumTopic'>>();
    expectTypeOf({ chat_id: 1 }).not.toExtend<TopicParams<'closeForumTopic'>>();
    expectTypeOf({ chat_id: 1, message_thread_id: '2' }).not.toExtend<TopicParams<'closeForumTopic'>>();
  });

  it("parseChatTarget's result spreads into the topic params when parsed from a string", () => {
    expectTypeOf({ ...parseChatTarget(fromEnv) }).toExtend<TopicParams<'closeForumTopic'>>();
    expectTypeOf({ ...parseChatTarget(fromEnv), name: 'Renamed' }).toExtend<TopicParams<'editForumTopic'>>();
    expectTypeOf(parseChatTarget(fromEnv)).toExtend<TopicParams<'deleteForumTopic'>>();
    // A number names no topic: a topic method cannot take it alone.
    expectTypeOf({ ...parseChatTarget(chatId) }).not.toExtend<TopicParams<'closeForumTopic'>>();
  });
});
