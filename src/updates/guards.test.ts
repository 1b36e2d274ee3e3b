import { describe, expect, it } from 'vitest';
import type { Message } from '../types/botApi.js';
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
  SERVICE_MESSAGE_FIELDS,
} from './guards.js';

const forum = { id: -1001234567890, type: 'supergroup', title: 'Forum', is_forum: true } as const;
const group = { id: -1009876543210, type: 'supergroup', title: 'Plain' } as const;
const msg = (fields: Partial<Message>): Message => ({ message_id: 5, date: 0, chat: forum, ...fields }) as Message;

describe('service-message guards', () => {
  const cases = [
    [isForumTopicCreated, { forum_topic_created: { name: 'Bugs', icon_color: 7322096 } }],
    [isForumTopicEdited, { forum_topic_edited: { name: 'Bugs 2' } }],
    [isForumTopicClosed, { forum_topic_closed: {} }],
    [isForumTopicReopened, { forum_topic_reopened: {} }],
    [isGeneralForumTopicHidden, { general_forum_topic_hidden: {} }],
    [isGeneralForumTopicUnhidden, { general_forum_topic_unhidden: {} }],
  ] as const;

  it.each(cases)('%o is true only for its own service message', (guard, fields) => {
    expect(guard(msg(fields as Partial<Message>))).toBe(true);
    for (const [, other] of cases) {
      if (other !== fields) expect(guard(msg(other as Partial<Message>))).toBe(false);
    }
    expect(guard(msg({ text: 'hi' }))).toBe(false);
    expect(guard(undefined)).toBe(false);
  });
});

describe('isTopicMessage / isGeneralMessage', () => {
  it('tells a topic message from one in General', () => {
    const inTopic = msg({ is_topic_message: true, message_thread_id: 42 });
    const inGeneral = msg({});
    // Before Oct 2025, replies in General carried the reply chain's root as message_thread_id.
    const oldGeneralReply = msg({ message_thread_id: 3 });
    expect([isTopicMessage(inTopic), isGeneralMessage(inTopic)]).toEqual([true, false]);
    expect([isTopicMessage(inGeneral), isGeneralMessage(inGeneral)]).toEqual([false, true]);
    expect([isTopicMessage(oldGeneralReply), isGeneralMessage(oldGeneralReply)]).toEqual([false, true]);
  });

  it('is neither in a chat that is not a forum, nor for undefined', () => {
    const plain = msg({ chat: group, message_thread_id: 3 });
    expect([isTopicMessage(plain), isGeneralMessage(plain)]).toEqual([false, false]);
    expect([isTopicMessage(undefined), isGeneralMessage(undefined)]).toEqual([false, false]);
  });
});

describe('isPrivateMessage / isServiceMessage', () => {
  const privateChat = { id: 42, type: 'private', first_name: 'Ann' } as const;

  it('isPrivateMessage is true only in a private chat', () => {
    expect(isPrivateMessage(msg({ chat: privateChat, text: 'hi' }))).toBe(true);
    expect(isPrivateMessage(msg({ text: 'hi' }))).toBe(false);
    expect(isPrivateMessage(msg({ chat: { id: -5, type: 'group', title: 'G' } }))).toBe(false);
    expect(isPrivateMessage(msg({ chat: { id: -1005, type: 'channel', title: 'C' } }))).toBe(false);
    expect(isPrivateMessage(undefined)).toBe(false);
  });

  it.each(SERVICE_MESSAGE_FIELDS)('isServiceMessage is true for a message with %s', (field) => {
    // The smallest value of the field's kind: presence is what counts, whatever it holds.
    const value = /_chat_id$/.test(field) ? -100 : field === 'new_chat_title' ? 'T' : {};
    expect(isServiceMessage(msg({ [field]: value } as Partial<Message>))).toBe(true);
  });

  it('isServiceMessage is false for content a user wrote, also in topics and with replies', () => {
    for (const fields of [
      { text: 'hi' },
      { photo: [], caption: 'x' },
      { text: 'in a topic', is_topic_message: true, message_thread_id: 7 },
      { text: 'reply', reply_to_message: msg({ forum_topic_created: { name: 'T', icon_color: 1 } }) },
      { poll: {} },
      { invoice: {} },
    ]) {
      expect(isServiceMessage(msg(fields as Partial<Message>)), JSON.stringify(fields)).toBe(false);
    }
    expect(isServiceMessage(undefined)).toBe(false);
  });

  it('lists each service field once', () => {
    expect(new Set(SERVICE_MESSAGE_FIELDS).size).toBe(SERVICE_MESSAGE_FIELDS.length);
  });
});
