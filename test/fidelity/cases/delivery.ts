import type { Update } from 'telegram-forum';
import { expect } from 'vitest';
import type { Case, Fixture } from '../runner.js';

// Update delivery: which messages reach the bot (Client.cpp `need_skip_update_message`),
// allowed_updates (`get_allowed_update_types`), getUpdates' offset, limit, repeated calls and
// long polls (`process_get_updates_query`, `do_get_updates`, TDLib's TQueue), conflicts.

const SKIP = 'Client.cpp Client::need_skip_update_message';
const ALLOWED = 'Client.cpp Client::get_allowed_update_types';
const POLL = 'Client.cpp process_get_updates_query';

/** A clock a case moves by hand (the server's repeated-call rules look at time). */
function clock() {
  let time = Date.UTC(2026, 4, 1);
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** The last update the bot has (getUpdates with offset -1 keeps only the newest). */
const last = { offset: -1 };

/** Takes a bot action, then expects it as the newest update (a service message of its own). */
function ownService(name: string, action: (f: Fixture) => Promise<unknown>, field: string): Case {
  return {
    name,
    cite: SKIP,
    method: 'getUpdates',
    setup: action,
    params: last,
    check: (result) => expect((result as Update[])[0]?.message).toHaveProperty(field),
  };
}

const texts = (updates: unknown) => (updates as Update[]).map((u) => u.message?.text ?? Object.keys(u)[1]);

const repeated = clock();
const notRepeated = clock();
const repeatedWait = clock();
const concurrent = clock();
const edited = clock();

export const deliveryCases: Case[] = [
  ownService(
    'the bot is told about a topic it created',
    (f) => f.ok('createForumTopic', { chat_id: f.forum, name: 'Mine' }),
    'forum_topic_created',
  ),
  ownService(
    'the bot is told about a topic it edited',
    (f) => f.ok('editForumTopic', { chat_id: f.forum, message_thread_id: f.topic, name: 'Renamed' }),
    'forum_topic_edited',
  ),
  ownService(
    'the bot is told about a topic it closed',
    (f) => f.ok('closeForumTopic', { chat_id: f.forum, message_thread_id: f.topic }),
    'forum_topic_closed',
  ),
  ownService(
    'the bot is told about a topic it reopened',
    async (f) => {
      await f.ok('closeForumTopic', { chat_id: f.forum, message_thread_id: f.topic });
      return f.ok('reopenForumTopic', { chat_id: f.forum, message_thread_id: f.topic });
    },
    'forum_topic_reopened',
  ),
  ownService(
    'the bot is told it hid the General topic',
    (f) => f.ok('hideGeneralForumTopic', { chat_id: f.forum }),
    'general_forum_topic_hidden',
  ),
  ownService(
    'the bot is told it unhid the General topic',
    async (f) => {
      await f.ok('hideGeneralForumTopic', { chat_id: f.forum });
      return f.ok('unhideGeneralForumTopic', { chat_id: f.forum });
    },
    'general_forum_topic_unhidden',
  ),
  ownService(
    'the bot is told it renamed the General topic',
    (f) => f.ok('editGeneralForumTopic', { chat_id: f.forum, name: 'Lobby' }),
    'forum_topic_edited',
  ),
  ownService(
    'the bot is told about a message it pinned',
    (f) => f.ok('pinChatMessage', { chat_id: f.forum, message_id: f.annSaid }),
    'pinned_message',
  ),
  {
    name: 'the bot is never told about its own text messages',
    cite: SKIP,
    method: 'getUpdates',
    setup: (f) => f.ok('sendMessage', { chat_id: f.forum, text: 'mine' }),
    params: last,
    result: [{ message: { text: 'in General' } }],
  },
  {
    name: 'other bots are not told about a bot’s service messages',
    cite: 'Telegram: bots never see messages of other bots (core.telegram.org/bots/faq)',
    method: 'getUpdates',
    setup: async (f) => {
      const other = f.emulator.createBot({ username: 'other_bot' });
      f.emulator.setRights(f.forum, {}, other);
      await f.ok('createForumTopic', { chat_id: f.forum, name: 'Mine' });
      expect(f.emulator.pendingUpdates(other).filter((u) => u.message)).toEqual([]);
    },
    params: last,
    check: (result) => expect((result as Update[])[0]?.message?.forum_topic_created).toBeDefined(),
  },
  {
    name: 'privacy mode: a plain member bot gets commands, not chatter',
    cite: 'Telegram: privacy mode (core.telegram.org/bots/features#privacy-mode)',
    method: 'getUpdates',
    setup: (f) => {
      f.emulator.setRights(f.forum, 'member');
      f.emulator.userSends(f.emulator.createUser(), 'chatter', { chat_id: f.forum });
      f.emulator.userSends(f.emulator.createUser(), '/help', { chat_id: f.forum });
    },
    params: last,
    result: [{ message: { text: '/help' } }],
  },
  {
    name: 'allowed_updates names are matched in any case',
    cite: ALLOWED,
    method: 'getUpdates',
    params: { allowed_updates: ['CALLBACK_QUERY'] },
    check: async (_, f) => expect(await f.ok('getWebhookInfo')).toMatchObject({ allowed_updates: ['callback_query'] }),
  },
  {
    name: 'allowed_updates with only unknown names means the default set',
    cite: ALLOWED,
    method: 'getUpdates',
    setup: (f) => f.ok('getUpdates', { allowed_updates: ['callback_query'] }),
    params: { allowed_updates: ['messages'] },
    check: async (_, f) => expect(await f.ok('getWebhookInfo')).not.toHaveProperty('allowed_updates'),
  },
  {
    name: 'allowed_updates with an item that is not a string changes nothing',
    cite: ALLOWED,
    method: 'getUpdates',
    setup: (f) => f.ok('getUpdates', { allowed_updates: ['callback_query'] }),
    params: { allowed_updates: ['message', 1] },
    check: async (_, f) => expect(await f.ok('getWebhookInfo')).toMatchObject({ allowed_updates: ['callback_query'] }),
  },
  {
    name: 'allowed_updates that is not JSON changes nothing',
    cite: ALLOWED,
    method: 'getUpdates',
    setup: (f) => f.ok('getUpdates', { allowed_updates: ['callback_query'] }),
    params: { allowed_updates: 'message' },
    encoding: 'form',
    check: async (_, f) => expect(await f.ok('getWebhookInfo')).toMatchObject({ allowed_updates: ['callback_query'] }),
  },
  {
    name: 'allowed_updates [] is the default set again',
    cite: ALLOWED,
    method: 'getUpdates',
    setup: (f) => f.ok('getUpdates', { allowed_updates: ['callback_query'] }),
    params: { allowed_updates: [] },
    check: async (_, f) => expect(await f.ok('getWebhookInfo')).not.toHaveProperty('allowed_updates'),
  },
  {
    name: 'allowed_updates filters updates when they are created; queued ones stay',
    cite: 'Client.cpp Client::add_update_impl',
    method: 'getUpdates',
    setup: async (f) => {
      await f.ok('getUpdates', { allowed_updates: ['callback_query'], offset: -1 });
      f.emulator.userSends(f.emulator.createUser(), 'filtered', { chat_id: f.forum });
    },
    params: { offset: 0 },
    check: (result) => expect(texts(result)).toEqual(['in General']),
  },
  {
    name: 'limit 0 is read as 1',
    cite: POLL,
    method: 'getUpdates',
    params: { limit: 0 },
    check: (result) => expect(result).toHaveLength(1),
  },
  {
    name: 'a limit that is not a number reads as 0, then 1',
    cite: 'Client.cpp Client::get_integer_arg',
    method: 'getUpdates',
    params: { limit: 'many' },
    check: (result) => expect(result).toHaveLength(1),
  },
  {
    name: 'an offset more than 10 beyond the next update id confirms nothing',
    cite: 'tddb/td/db/TQueue.cpp TQueueImpl::get',
    method: 'getUpdates',
    setup: async (f) => {
      const all = await f.ok<Update[]>('getUpdates');
      await f.ok('getUpdates', { offset: all.at(-1)!.update_id + 50 });
    },
    params: { offset: 0 },
    check: (result) => expect(result).toHaveLength(3),
  },
  {
    name: 'an offset just past the last update confirms everything',
    cite: 'tddb/td/db/TQueue.cpp TQueueImpl::get',
    method: 'getUpdates',
    setup: async (f) => {
      const all = await f.ok<Update[]>('getUpdates');
      await f.ok('getUpdates', { offset: all.at(-1)!.update_id + 1 });
    },
    params: { offset: 0 },
    check: (_, f) => expect(f.emulator.pendingUpdates()).toEqual([]),
  },
  {
    name: 'a negative offset keeps only that many of the newest updates',
    cite: 'Client.cpp Client::do_get_updates',
    method: 'getUpdates',
    params: { offset: -2 },
    check: (result, f) => {
      expect(texts(result)).toEqual(['hello', 'in General']);
      expect(f.emulator.pendingUpdates()).toHaveLength(2);
    },
  },
  {
    name: 'the same offset again within half a second gets one update',
    cite: POLL,
    method: 'getUpdates',
    options: { now: repeated.now },
    setup: (f) => f.ok('getUpdates'),
    params: {},
    check: (result) => expect(result).toHaveLength(1),
  },
  {
    name: 'the same offset again after half a second gets them all',
    cite: POLL,
    method: 'getUpdates',
    options: { now: notRepeated.now },
    setup: async (f) => {
      await f.ok('getUpdates');
      notRepeated.advance(600);
    },
    params: {},
    check: (result) => expect(result).toHaveLength(3),
  },
  {
    name: 'the same offset again within 3 s waits at least 3 s (a long poll), even with timeout 0',
    cite: POLL,
    method: 'getUpdates',
    options: { now: repeatedWait.now },
    setup: async (f) => {
      const all = await f.ok<Update[]>('getUpdates');
      const offset = all.at(-1)!.update_id + 1;
      await f.ok('getUpdates', { offset });
      repeatedWait.advance(1000);
      const poll = f.ok<Update[]>('getUpdates', { offset, timeout: 0 });
      let done = false;
      void poll.then(() => {
        done = true;
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(done).toBe(false);
      f.emulator.userSends(f.emulator.createUser(), 'woken', { chat_id: f.forum });
      expect(texts(await poll)).toEqual(['woken']);
    },
    params: { offset: -1 },
  },
  {
    name: 'a call that answers at once does not end a waiting long poll',
    cite: 'Client.cpp Client::do_get_updates',
    method: 'getUpdates',
    options: { now: concurrent.now },
    setup: async (f) => {
      const all = await f.ok<Update[]>('getUpdates');
      const offset = all.at(-1)!.update_id + 1;
      const poll = f.call('getUpdates', { offset, timeout: 30 });
      await new Promise((r) => setTimeout(r, 20));
      concurrent.advance(5000);
      expect(await f.ok('getUpdates', { offset: offset + 1, timeout: 0 })).toEqual([]);
      f.emulator.userSends(f.emulator.createUser(), 'still polling', { chat_id: f.forum });
      expect((await poll).body).toMatchObject({ ok: true, result: [{ message: { text: 'still polling' } }] });
    },
    params: { offset: -1 },
  },
  {
    name: 'a second waiting poll ends the first with 409',
    cite: 'Client.cpp Client::abort_long_poll',
    method: 'getUpdates',
    setup: async (f) => {
      const all = await f.ok<Update[]>('getUpdates');
      const offset = all.at(-1)!.update_id + 1;
      const first = f.call('getUpdates', { offset, timeout: 30 });
      await new Promise((r) => setTimeout(r, 20));
      const second = f.call('getUpdates', { offset: offset + 1, timeout: 30 });
      expect(await first).toMatchObject({
        status: 409,
        body: {
          description:
            'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        },
      });
      f.emulator.userSends(f.emulator.createUser(), 'x', { chat_id: f.forum });
      await second;
    },
    params: { offset: -1 },
  },
  {
    name: 'setWebhook ends a waiting long poll with 409',
    cite: 'Client.cpp process_set_webhook_query',
    method: 'getWebhookInfo',
    setup: async (f) => {
      const all = await f.ok<Update[]>('getUpdates');
      const poll = f.call('getUpdates', { offset: all.at(-1)!.update_id + 1, timeout: 30 });
      await new Promise((r) => setTimeout(r, 20));
      await f.ok('setWebhook', { url: 'https://bot.example/hook' });
      expect(await poll).toMatchObject({
        status: 409,
        body: { description: 'Conflict: terminated by setWebhook request' },
      });
    },
    result: { url: 'https://bot.example/hook' },
  },
  {
    name: 'getUpdates while a webhook is set',
    cite: POLL,
    method: 'getUpdates',
    setup: (f) => f.ok('setWebhook', { url: 'https://bot.example/hook' }),
    error:
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    code: 409,
  },
  {
    name: 'a second conflict within 3 s is answered only after 3 s',
    cite: 'Client.cpp Client::fail_query_conflict',
    method: 'getWebhookInfo',
    setup: async (f) => {
      await f.ok('setWebhook', { url: 'https://bot.example/hook' });
      expect((await f.call('getUpdates')).status).toBe(409);
      let answered = false;
      const second = f.call('getUpdates').then((answer) => {
        answered = true;
        return answer;
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(answered).toBe(false);
      await f.emulator.close();
      expect((await second).status).toBe(409);
    },
  },
  {
    name: 'deleteWebhook with drop_pending_updates drops the queue',
    cite: 'Client.cpp Client::do_set_webhook',
    method: 'deleteWebhook',
    params: { drop_pending_updates: true },
    check: (_, f) => expect(f.emulator.pendingUpdates()).toEqual([]),
  },
  {
    name: 'an edited message is delivered by its edit date',
    cite: SKIP,
    method: 'getUpdates',
    options: { now: edited.now },
    setup: (f) => {
      const sent = f.emulator.userSends(f.emulator.createUser(), 'old', {});
      edited.advance(2 * 86_400_000);
      f.emulator.userEdits(sent.from!.id, sent, 'new');
    },
    params: last,
    result: [{ edited_message: { text: 'new' } }],
  },
];
