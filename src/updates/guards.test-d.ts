import { describe, expectTypeOf, it } from 'vitest';
import type {
  Chat,
  ForumTopicClosed,
  ForumTopicCreated,
  ForumTopicEdited,
  ForumTopicReopened,
  GeneralForumTopicHidden,
  GeneralForumTopicUnhidden,
  Message,
  Update,
  User,
} from '../types/botApi.js';
import {
  isForumTopicClosed,
  isForumTopicCreated,
  isForumTopicEdited,
  isForumTopicReopened,
  isGeneralForumTopicHidden,
  isGeneralForumTopicUnhidden,
  isGeneralMessage,
  isPrivateMessage,
  isServiceMessage,
  isTopicMessage,
  type ServiceMessage,
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

  it('a private message to a private chat', () => {
    const m = update.message;
    if (isPrivateMessage(m)) {
      expectTypeOf(m.chat).toEqualTypeOf<Chat.PrivateChat>();
      expectTypeOf(m.chat.first_name).toEqualTypeOf<string>();
    }
    // Without the guard, chat may be a group, which has no first_name.
    expectTypeOf(update.message!.chat.first_name).toEqualTypeOf<string | undefined>();
  });

  it('a service message to a union in which each branch has its field', () => {
    const m = update.message;
    if (isServiceMessage(m)) {
      expectTypeOf(m).toExtend<Message>();
      if ('new_chat_members' in m) expectTypeOf(m.new_chat_members).toEqualTypeOf<User[]>();
      if ('forum_topic_created' in m) expectTypeOf(m.forum_topic_created).toEqualTypeOf<ForumTopicCreated>();
    }
    expectTypeOf<ServiceMessage>().toExtend<Message>();
    // A field that is not a service field is not part of the union's keys.
    expectTypeOf<Extract<keyof ServiceMessage, 'text'>>().toEqualTypeOf<'text'>();
    const edited = update.edited_message;
    if (isServiceMessage(edited)) expectTypeOf(edited.edit_date).toEqualTypeOf<number>();
  });
});
