import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../store/memoryStore.js';
import type { SharedStore } from '../store/types.js';
import { createEmulator, type Emulator } from '../testing/index.js';
import type { Update } from '../types/botApi.js';
import { createTopicRegistry } from './createTopicRegistry.js';

const FORUM = -1001234567890;
const bot = { id: 1, is_bot: true, first_name: 'Bot' };
const forum = { id: FORUM, type: 'supergroup', title: 'Forum', is_forum: true } as const;
let updateId = 0;

/** A message in the forum, shaped as Telegram sends it. */
function message(message_id: number, fields: Record<string, unknown>, thread?: number): Update {
  const msg: Record<string, unknown> = { message_id, date: 1_700_000_000, chat: forum, from: bot, ...fields };
  if (thread !== undefined) Object.assign(msg, { message_thread_id: thread, is_topic_message: true });
  return { update_id: ++updateId, message: msg } as unknown as Update;
}
const created = (id: number, name: string, extra: Record<string, unknown> = {}) =>
  message(id, { forum_topic_created: { name, icon_color: 0x6fb9f0, ...extra } }, id);
const inTopic = (id: number, thread: number, name: string) =>
  message(
    id,
    {
      text: 'hi',
      reply_to_message: {
        message_id: thread,
        date: 1,
        chat: forum,
        forum_topic_created: { name, icon_color: 0xffd67e },
      },
    },
    thread,
  );

describe('createTopicRegistry: learning from updates', () => {
  it('learns a created topic, with its icon, by id and by name', async () => {
    const registry = createTopicRegistry();
    await registry.learn(created(10, 'Support', { icon_custom_emoji_id: '5312536423851630001' }));
    const topic = {
      chat_id: FORUM,
      message_thread_id: 10,
      name: 'Support',
      icon_color: 0x6fb9f0,
      icon_custom_emoji_id: '5312536423851630001',
      is_closed: false,
    };
    expect(await registry.get(FORUM, 10)).toEqual(topic);
    expect(await registry.findByName(FORUM, 'Support')).toEqual([topic]);
    expect(await registry.findByName(FORUM, 'support')).toEqual([]);
    expect(await registry.get(FORUM, 11)).toBeUndefined();
    expect(await registry.get(-100999, 10)).toBeUndefined();
  });

  it('follows renames and icon changes; the old name no longer finds the topic', async () => {
    const registry = createTopicRegistry();
    await registry.learn(created(10, 'Support', { icon_custom_emoji_id: '1' }));
    await registry.learn(message(11, { forum_topic_edited: { name: 'Help desk' } }, 10));
    expect(await registry.findByName(FORUM, 'Support')).toEqual([]);
    expect((await registry.findByName(FORUM, 'Help desk')).map((t) => t.message_thread_id)).toEqual([10]);
    await registry.learn(message(12, { forum_topic_edited: { icon_custom_emoji_id: '2' } }, 10));
    expect(await registry.get(FORUM, 10)).toMatchObject({ name: 'Help desk', icon_custom_emoji_id: '2' });
    // An empty id removes the custom icon.
    await registry.learn(message(13, { forum_topic_edited: { icon_custom_emoji_id: '' } }, 10));
    expect(await registry.get(FORUM, 10)).not.toHaveProperty('icon_custom_emoji_id');
  });

  it('closes and reopens, and puts events that arrive out of order in order by message id', async () => {
    const registry = createTopicRegistry();
    await registry.learn(created(10, 'A'));
    await registry.learn(message(20, { forum_topic_closed: {} }, 10));
    expect(await registry.get(FORUM, 10)).toMatchObject({ is_closed: true });
    await registry.learn(message(30, { forum_topic_reopened: {} }, 10));
    await registry.learn(message(25, { forum_topic_closed: {} }, 10)); // late
    expect(await registry.get(FORUM, 10)).toMatchObject({ is_closed: false });
    await registry.learn(message(40, { forum_topic_edited: { name: 'B' } }, 10));
    await registry.learn(message(35, { forum_topic_edited: { name: 'late' } }, 10));
    await registry.learn(created(10, 'A')); // a redelivered creation
    expect(await registry.get(FORUM, 10)).toMatchObject({ name: 'B' });
  });

  it('learns a topic from any message in it, without overriding a newer name', async () => {
    const registry = createTopicRegistry();
    await registry.learn(inTopic(50, 42, 'Seen later'));
    expect(await registry.get(FORUM, 42)).toEqual({
      chat_id: FORUM,
      message_thread_id: 42,
      name: 'Seen later',
      icon_color: 0xffd67e,
      is_closed: false,
    });
    await registry.learn(message(51, { forum_topic_edited: { name: 'Renamed' } }, 42));
    // reply_to_message shows the name at creation: it must not undo the rename.
    await registry.learn(inTopic(52, 42, 'Seen later'));
    expect(await registry.get(FORUM, 42)).toMatchObject({ name: 'Renamed' });
    // A reply to another message carries no creation: nothing to learn.
    await registry.learn(message(53, { text: 'x', reply_to_message: { message_id: 50, date: 1, chat: forum } }, 77));
    expect(await registry.get(FORUM, 77)).toBeUndefined();
  });

  it('keeps a topic seen closed before its name was known closed', async () => {
    const registry = createTopicRegistry();
    await registry.learn(message(60, { forum_topic_closed: {} }, 44));
    expect(await registry.get(FORUM, 44)).toBeUndefined(); // no name yet
    await registry.learn(inTopic(61, 44, 'Old'));
    expect(await registry.get(FORUM, 44)).toMatchObject({ name: 'Old', is_closed: true });
  });

  it('tracks General: renamed, closed, hidden (which closes it), unhidden, reopened (which unhides it)', async () => {
    const registry = createTopicRegistry();
    expect(await registry.general(FORUM)).toBeUndefined();
    await registry.learn(message(70, { forum_topic_edited: { name: 'Lobby' } }));
    expect(await registry.general(FORUM)).toEqual({
      chat_id: FORUM,
      name: 'Lobby',
      is_closed: false,
      is_hidden: false,
    });
    await registry.learn(message(71, { general_forum_topic_hidden: {} }));
    expect(await registry.general(FORUM)).toMatchObject({ is_closed: true, is_hidden: true });
    await registry.learn(message(72, { general_forum_topic_unhidden: {} }));
    expect(await registry.general(FORUM)).toMatchObject({ is_closed: true, is_hidden: false });
    await registry.learn(message(73, { general_forum_topic_hidden: {} }));
    await registry.learn(message(74, { forum_topic_reopened: {} }));
    expect(await registry.general(FORUM)).toMatchObject({ is_closed: false, is_hidden: false });
    await registry.learn(message(75, { forum_topic_closed: {} }));
    await registry.learn(message(73, { general_forum_topic_hidden: {} })); // redelivered, older
    expect(await registry.general(FORUM)).toMatchObject({ is_closed: true, is_hidden: false });
    // General events never create a topic record.
    expect(await registry.get(FORUM, 1)).toBeUndefined();
  });

  it('keys private-chat topics (Bot API 9.3) by the private chat id', async () => {
    const registry = createTopicRegistry();
    const user = { id: 777, type: 'private', first_name: 'Ann' };
    const update = {
      update_id: 1,
      message: {
        message_id: 5,
        date: 1,
        chat: user,
        message_thread_id: 5,
        is_topic_message: true,
        forum_topic_created: { name: 'Question', icon_color: 0x6fb9f0, is_name_implicit: true },
      },
    } as unknown as Update;
    await registry.learn(update);
    expect(await registry.get(777, 5)).toMatchObject({ chat_id: 777, name: 'Question', is_name_implicit: true });
  });

  it('learns from edited messages and callback queries, and ignores inaccessible messages', async () => {
    const registry = createTopicRegistry();
    const edited = inTopic(80, 81, 'From an edit');
    await registry.learn({ update_id: 2, edited_message: edited.message! } as Update);
    const pressed = inTopic(90, 91, 'From a button');
    await registry.learn({
      update_id: 3,
      callback_query: {
        id: 'q',
        from: { id: 5, is_bot: false, first_name: 'U' },
        chat_instance: 'c',
        message: pressed.message,
      },
    } as Update);
    await registry.learn({
      update_id: 4,
      callback_query: {
        id: 'q2',
        from: { id: 5, is_bot: false, first_name: 'U' },
        chat_instance: 'c',
        message: { message_id: 1, date: 0, chat: forum },
      },
    } as Update);
    expect((await registry.get(FORUM, 81))?.name).toBe('From an edit');
    expect((await registry.get(FORUM, 91))?.name).toBe('From a button');
  });

  it('finds every topic of a name, oldest first, and drops stale index entries', async () => {
    const store = createMemoryStore();
    const registry = createTopicRegistry({ store });
    await registry.learn(created(30, 'Twin'));
    await registry.learn(created(20, 'Twin'));
    await registry.learn(created(40, 'Other'));
    expect((await registry.findByName(FORUM, 'Twin')).map((t) => t.message_thread_id)).toEqual([20, 30]);
    await registry.markDeleted(FORUM, 20);
    await registry.learn(message(41, { forum_topic_edited: { name: 'Solo' } }, 30));
    expect(await registry.findByName(FORUM, 'Twin')).toEqual([]);
    expect(await store.get(`topics:name:${FORUM}:Twin`)).toBe('[]');
  });

  it('a deleted topic stays deleted: later events do not bring it back', async () => {
    const registry = createTopicRegistry();
    await registry.learn(created(10, 'Gone'));
    await registry.markDeleted(FORUM, 10);
    await registry.learn(inTopic(11, 10, 'Gone'));
    await registry.learn(message(12, { forum_topic_reopened: {} }, 10));
    await registry.learn(message(13, { forum_topic_edited: { name: 'Back?' } }, 10));
    expect(await registry.get(FORUM, 10)).toBeUndefined();
    expect(await registry.findByName(FORUM, 'Back?')).toEqual([]);
  });

  it('remembers a topic from createForumTopic’s answer', async () => {
    const registry = createTopicRegistry();
    const topic = await registry.remember(FORUM, { message_thread_id: 15, name: 'Mine', icon_color: 0xcb86db });
    expect(topic).toEqual({
      chat_id: FORUM,
      message_thread_id: 15,
      name: 'Mine',
      icon_color: 0xcb86db,
      is_closed: false,
    });
    expect(await registry.get(FORUM, 15)).toEqual(topic);
  });

  it('ignores updates without topic events', async () => {
    const store = createMemoryStore();
    const set = vi.spyOn(store, 'set');
    const registry = createTopicRegistry({ store });
    await registry.learn(message(1, { text: 'hello' }));
    await registry.learn({ update_id: 9 } as Update);
    await registry.learn({
      update_id: 10,
      message: { message_id: 1, date: 1, chat: { id: 'x' } },
    } as unknown as Update);
    expect(set).not.toHaveBeenCalled();
  });

  it('rejects bad lookups and a store without the operations', async () => {
    const registry = createTopicRegistry();
    await expect(registry.get('@forum' as unknown as number, 1)).rejects.toMatchObject({ field: 'chat_id' });
    await expect(registry.get(FORUM, 0)).rejects.toMatchObject({ field: 'message_thread_id' });
    await expect(registry.findByName(FORUM, '')).rejects.toMatchObject({ field: 'name' });
    await expect(registry.findByKey(FORUM, '')).rejects.toMatchObject({ field: 'key' });
    await expect(registry.remember(FORUM, { message_thread_id: 3, name: '', icon_color: 1 })).rejects.toMatchObject({
      field: 'name',
    });
    expect(() => createTopicRegistry({ store: {} as SharedStore })).toThrow(
      expect.objectContaining({ field: 'store' }),
    );
  });

  it('passes store errors of learn to the caller (a webhook then answers 500)', async () => {
    const store = createMemoryStore();
    store.get = () => Promise.reject(new Error('store down'));
    await expect(createTopicRegistry({ store }).learn(created(10, 'A'))).rejects.toThrow('store down');
  });
});

describe('createTopicRegistry: observing the bot’s own calls', () => {
  let emulator: Emulator;
  afterEach(() => emulator?.close());

  const setup = (onError?: (error: unknown) => void) => {
    emulator = createEmulator();
    const chat = emulator.createForum();
    const store = createMemoryStore();
    const registry = createTopicRegistry({ store, onError });
    const client = emulator.client().use(registry.observe);
    // Another client, unseen by the registry: "behind its back".
    const other = emulator.client();
    return { chat_id: chat.id, store, registry, client, other };
  };

  it('learns topics the bot creates, renames, closes, reopens and deletes', async () => {
    const { chat_id, registry, client } = setup();
    const topic = await client.call('createForumTopic', { chat_id, name: 'Release 1.0' });
    const thread = topic.message_thread_id;
    expect(await registry.get(chat_id, thread)).toMatchObject({ name: 'Release 1.0', icon_color: topic.icon_color });
    await client.call('editForumTopic', { chat_id, message_thread_id: thread, name: 'Release 1.1' });
    expect((await registry.findByName(chat_id, 'Release 1.1')).map((t) => t.message_thread_id)).toEqual([thread]);
    await client.call('closeForumTopic', { chat_id, message_thread_id: thread });
    expect(await registry.get(chat_id, thread)).toMatchObject({ is_closed: true });
    await client.call('reopenForumTopic', { chat_id, message_thread_id: thread });
    expect(await registry.get(chat_id, thread)).toMatchObject({ is_closed: false });
    await client.call('deleteForumTopic', { chat_id, message_thread_id: thread });
    expect(await registry.get(chat_id, thread)).toBeUndefined();
  });

  it('marks a topic deleted behind its back when a send answers "message thread not found"', async () => {
    const { chat_id, registry, client, other } = setup();
    const { message_thread_id } = await client.call('createForumTopic', { chat_id, name: 'Doomed' });
    await other.call('deleteForumTopic', { chat_id, message_thread_id });
    expect(await registry.get(chat_id, message_thread_id)).toBeDefined();
    const error = await client.call('sendMessage', { chat_id, message_thread_id, text: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ description: 'Bad Request: message thread not found' });
    expect(await registry.get(chat_id, message_thread_id)).toBeUndefined();
  });

  it('learns a state from TOPIC_NOT_MODIFIED, and General changes', async () => {
    const { chat_id, registry, client, other } = setup();
    const { message_thread_id } = await client.call('createForumTopic', { chat_id, name: 'T' });
    await other.call('closeForumTopic', { chat_id, message_thread_id });
    await expect(client.call('closeForumTopic', { chat_id, message_thread_id })).rejects.toThrow('TOPIC_NOT_MODIFIED');
    expect(await registry.get(chat_id, message_thread_id)).toMatchObject({ is_closed: true });
    await client.call('hideGeneralForumTopic', { chat_id });
    expect(await registry.general(chat_id)).toMatchObject({ is_closed: true, is_hidden: true });
    await client.call('unhideGeneralForumTopic', { chat_id });
    await client.call('editGeneralForumTopic', { chat_id, name: 'Lobby' });
    expect(await registry.general(chat_id)).toEqual({ chat_id, name: 'Lobby', is_closed: true, is_hidden: false });
    await client.call('reopenGeneralForumTopic', { chat_id });
    expect(await registry.general(chat_id)).toMatchObject({ is_closed: false });
  });

  it('learns topics users create and write in, from updates', async () => {
    const { chat_id, registry, other } = setup();
    const ann = emulator.createUser({ first_name: 'Ann' });
    const thread = emulator.userCreatesTopic(ann, chat_id, 'Ann’s question');
    emulator.userSends(ann, 'hello', { chat_id, message_thread_id: thread });
    // Through a client the registry does not observe: only learn() teaches it.
    const updates = await other.call('getUpdates', {});
    expect(await registry.get(chat_id, thread)).toBeUndefined();
    for (const update of updates) await registry.learn(update);
    expect(await registry.get(chat_id, thread)).toMatchObject({ name: 'Ann’s question', is_closed: false });
  });

  it('learns the updates getUpdates returns through an observed client, without learn()', async () => {
    const { chat_id, registry, client } = setup();
    const ann = emulator.createUser({ first_name: 'Ann' });
    const thread = emulator.userCreatesTopic(ann, chat_id, 'Polled');
    const updates = await client.call('getUpdates', {});
    expect(updates.length).toBeGreaterThan(0);
    expect(await registry.get(chat_id, thread)).toMatchObject({ name: 'Polled' });
  });

  it('keeps a call’s result when the store fails, and tells onError', async () => {
    const errors: unknown[] = [];
    const { chat_id, store, client } = setup((e) => errors.push(e));
    store.set = () => Promise.reject(new Error('store down'));
    const topic = await client.call('createForumTopic', { chat_id, name: 'Still created' });
    expect(topic.name).toBe('Still created');
    expect(errors).toEqual([new Error('store down')]);
    // Errors of the call itself pass through unchanged too.
    await expect(client.call('sendMessage', { chat_id, message_thread_id: 999, text: 'x' })).rejects.toMatchObject({
      description: 'Bad Request: message thread not found',
    });
  });
});
