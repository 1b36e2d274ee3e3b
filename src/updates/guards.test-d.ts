import { describe, expectTypeOf, it } from 'vitest';
import type {
  ForumTopicClosed,
  ForumTopicCreated,
  ForumTopicEdited,
  ForumTopicReopened,
  GeneralForumTopicHidden,
  GeneralForumTopicUnhidden,
  Update,
} from '../types/botApi.js';
import {
  isForumTopicClosed,
  isForumTopicCreated,
  isForumTopicEdited,
  isForumTopicReopened,
  isGeneralForumTopicHidden,
  isGeneralForumTopicUnhidden,
  isGeneralMessage,
  isTopicMessage,
} from './guards.js';

declare const update: Update;

describe('forum guards narrow', () => {
  it('service messages to their required field', () => {
    const m = update.message;
    if (isForumTopicCreated(m)) expectTypeOf(m.forum_topic_created).toEqualTypeOf<ForumTopicCreated>();
    if (isForumTopicEdited(m)) expectTypeOf(m.forum_topic_edited).toEqualTypeOf<ForumTopicEdited>();
    if (isForumTopicClosed(m)) expectTypeOf(m.forum_topic_closed).toEqualTypeOf<ForumTopicClosed>();
    if (isForumTopicReopened(m)) expectTypeOf(m.forum_topic_reopened).toEqualTypeOf<ForumTopicReopened>();
    if (isGeneralForumTopicHidden(m)) {
      expectTypeOf(m.general_forum_topic_hidden).toEqualTypeOf<GeneralForumTopicHidden>();
    }
    if (isGeneralForumTopicUnhidden(m)) {
      expectTypeOf(m.general_forum_topic_unhidden).toEqualTypeOf<GeneralForumTopicUnhidden>();
    }
    // Without the guard the field stays optional.
    expectTypeOf(update.message?.forum_topic_created).toEqualTypeOf<ForumTopicCreated | undefined>();
  });

  it('a topic message to a numeric thread id, a General one to a forum chat', () => {
    const m = update.message;
    if (isTopicMessage(m)) {
      expectTypeOf(m.message_thread_id).toEqualTypeOf<number>();
      expectTypeOf(m.is_topic_message).toEqualTypeOf<true>();
    }
    if (isGeneralMessage(m)) {
      expectTypeOf(m.chat.is_forum).toEqualTypeOf<true>();
      expectTypeOf(m.chat.type).toEqualTypeOf<'supergroup'>();
    }
  });

  it('keep a narrower message type they are given', () => {
    const edited = update.edited_message;
    if (isTopicMessage(edited)) expectTypeOf(edited).toHaveProperty('edit_date').toEqualTypeOf<number>();
  });
});
