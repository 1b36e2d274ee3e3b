import { describe, expect, it } from 'vitest';
import type { Message } from '../types/botApi.js';
import { replyTarget } from './replyTarget.js';

const chat = { id: -1001971186208, type: 'supergroup', title: 'Support', is_forum: true } as Message['chat'];

describe('replyTarget', () => {
  it('keeps the topic of a topic message', () => {
    expect(replyTarget({ chat, message_thread_id: 13140, is_topic_message: true })).toEqual({
      chat_id: chat.id,
      message_thread_id: 13140,
    });
  });

  it('drops the thread of a message in General or of a reply chain outside topics', () => {
    // Messages in General carry no thread; older servers sent the reply chain's root id.
    expect(replyTarget({ chat })).toEqual({ chat_id: chat.id });
    expect(replyTarget({ chat, message_thread_id: 5286 })).toEqual({ chat_id: chat.id });
  });

  it('returns a plain object with no message_thread_id key when there is no topic', () => {
    expect(Object.keys(replyTarget({ chat, message_thread_id: 5286 }))).toEqual(['chat_id']);
  });
});
