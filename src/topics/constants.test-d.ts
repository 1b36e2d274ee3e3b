import { describe, expectTypeOf, it } from 'vitest';
import type { Params, ThreadedMethod } from '../types/methods.js';
import type { ForumTopicIconColor, GENERAL_TOPIC_ID, THREADED_METHOD_NAMES } from './constants.js';

describe('topic constants types', () => {
  it('THREADED_METHOD_NAMES is exactly the methods of the map that have message_thread_id', () => {
    expectTypeOf<(typeof THREADED_METHOD_NAMES)[number]>().toEqualTypeOf<ThreadedMethod>();
  });

  it('ThreadedMethod holds methods with a thread and no others', () => {
    expectTypeOf<'sendMessage'>().toExtend<ThreadedMethod>();
    expectTypeOf<'closeForumTopic'>().toExtend<ThreadedMethod>();
    expectTypeOf<'getMe'>().not.toExtend<ThreadedMethod>();
    expectTypeOf<'getForumTopicIconStickers'>().not.toExtend<ThreadedMethod>();
    expectTypeOf<'closeGeneralForumTopic'>().not.toExtend<ThreadedMethod>();
    expectTypeOf<'createForumTopic'>().not.toExtend<ThreadedMethod>();
  });

  it('ForumTopicIconColor is the icon_color union of createForumTopic', () => {
    expectTypeOf<ForumTopicIconColor>().toEqualTypeOf<NonNullable<Params<'createForumTopic'>['icon_color']>>();
    expectTypeOf<typeof GENERAL_TOPIC_ID>().toEqualTypeOf<1>();
  });
});
