import { describe, expect, it } from 'vitest';
import { addBot } from './bots.js';
import { addGroup } from './chats.js';
import { editMessage, storeMessage } from './messages.js';
import { addTopic } from './topics.js';
import { createWorld } from './world.js';

describe('storeMessage', () => {
  const world = createWorld({ now: () => 1_700_000_000_000 });
  const bot = addBot(world, {
    token: undefined,
    username: undefined,
    first_name: undefined,
    has_topics_enabled: false,
    can_read_all_group_messages: false,
    allows_users_to_create_topics: false,
    supports_inline_queries: false,
  });
  const chat = addGroup(world, 'Forum', undefined, true);
  const { stored: first } = addTopic(world, chat, bot.user, 'Topic', 7322096, undefined);
  const thread = first.msg.message_id;

  it('builds a plain object, its fields in the Bot API order', () => {
    const stored = storeMessage(world, chat, thread, bot.user, { text: 'hi' });
    expect(Object.getPrototypeOf(stored.msg)).toBe(Object.prototype);
    expect(stored.msg.constructor).toBe(Object);
    expect(Object.keys(stored.msg)).toEqual([
      'message_id',
      'from',
      'chat',
      'date',
      'message_thread_id',
      'reply_to_message',
      'text',
      'is_topic_message',
    ]);
    expect(stored.msg.date).toBe(1_700_000_000);
    expect(structuredClone(stored.msg)).toStrictEqual(JSON.parse(JSON.stringify(stored.msg)));
  });

  it('shares one frozen reply for the topic’s first message, and an edit makes a new one', () => {
    const a = storeMessage(world, chat, thread, bot.user, { text: 'a' });
    const b = storeMessage(world, chat, thread, bot.user, { text: 'b' });
    expect(a.msg.reply_to_message).toBe(b.msg.reply_to_message);
    expect(Object.isFrozen(a.msg.reply_to_message)).toBe(true);
    editMessage(first, { text: 'edited' });
    const c = storeMessage(world, chat, thread, bot.user, { text: 'c' });
    expect(c.msg.reply_to_message).not.toBe(a.msg.reply_to_message);
    expect((c.msg.reply_to_message as { text?: string }).text).toBe('edited');
  });
});
