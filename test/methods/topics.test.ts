import { describe, expect, it } from 'vitest';
import type { CallOptions, Client } from '../../src/client/types.js';
import * as api from '../../src/methods/index.js';
import { GENERAL_TOPIC_ID } from '../../src/topics/constants.js';
import { answer, testClient } from '../helpers/msw.js';
import { expectRefused } from '../helpers/refused.js';
import { generalMethodCases, topicMethodCases } from '../helpers/topicSuites.js';

// The methods on one topic and the General-topic methods, table-driven: the shared topic rules,
// and the rules of private chats with topics (Bot API 9.3/9.4), which follow TDLib at the commit
// the official Bot API server pins (td/telegram/ForumTopicManager.cpp, MessageTopic.cpp).

/** Topic method → the General method its error names (a General topic cannot be deleted, only hidden). */
const TOPIC_METHODS = {
  editForumTopic: 'editGeneralForumTopic',
  closeForumTopic: 'closeGeneralForumTopic',
  reopenForumTopic: 'reopenGeneralForumTopic',
  deleteForumTopic: 'hideGeneralForumTopic',
  unpinAllForumTopicMessages: 'unpinAllGeneralForumTopicMessages',
} as const;
const GENERAL_METHODS = [
  'closeGeneralForumTopic',
  'reopenGeneralForumTopic',
  'hideGeneralForumTopic',
  'unhideGeneralForumTopic',
  'unpinAllGeneralForumTopicMessages',
] as const;
/** Forum topic methods that TDLib allows in private chats (`ForumTopicManager::is_forum(…, true)`). */
const IN_PRIVATE_CHATS = ['editForumTopic', 'deleteForumTopic', 'unpinAllForumTopicMessages'] as const;
/** The ones it does not: `toggle_forum_topic_is_closed` calls `is_forum` without `allow_bots`. */
const SUPERGROUP_ONLY = ['closeForumTopic', 'reopenForumTopic'] as const;
const USER = 461699897;

/** The modules by name; `never` params let one call shape fit them all. */
const methods = { ...api } as unknown as Record<
  string,
  (client: Client, params: never, options?: CallOptions) => Promise<unknown>
> &
  typeof api;

for (const [method, general] of Object.entries(TOPIC_METHODS)) {
  describe(method, () =>
    topicMethodCases(method, methods[method] as typeof api.closeForumTopic, new RegExp(`use ${general}`)),
  );
}
for (const method of GENERAL_METHODS) describe(method, () => generalMethodCases(method, methods[method]));

describe('topics in private chats', () => {
  it.each(IN_PRIVATE_CHATS)('%s acts on a topic of a private chat, by id or in the legacy form', async (method) => {
    const seen = answer(method, true);
    await methods[method](testClient(), { chat_id: USER, message_thread_id: 5 });
    await methods[method](testClient(), { chat_id: `${USER}*5` });
    await methods[method](testClient(), { chat_id: String(USER), message_thread_id: 5 });
    expect(seen.map((r) => r.json)).toEqual([
      { chat_id: USER, message_thread_id: 5 },
      { chat_id: USER, message_thread_id: 5 },
      { chat_id: String(USER), message_thread_id: 5 },
    ]);
  });

  it.each(IN_PRIVATE_CHATS)(
    '%s refuses thread 1 there: a private chat has no General topic (MessageTopic::MessageTopic)',
    async (method) => {
      // TDLib files a forum supergroup's messages outside topics under topic 1 (General), and a
      // private chat's under no topic at all, so thread 1 names nothing there; and there is no
      // General method to point to, as those are for supergroups.
      const seen = answer(method, true);
      for (const params of [
        { chat_id: USER, message_thread_id: GENERAL_TOPIC_ID },
        { chat_id: `${USER}*1` },
        { chat_id: String(USER), message_thread_id: 1 },
      ]) {
        const error = await expectRefused(methods[method](testClient(), params), seen, {
          method,
          field: 'message_thread_id',
          message: /private chats have no General topic/,
        });
        expect(error.message).not.toMatch(/General(Forum)?Topic/);
      }
    },
  );

  it.each(SUPERGROUP_ONLY)(
    '%s is refused for a private chat: TDLib closes topics of supergroups only (toggle_forum_topic_is_closed)',
    async (method) => {
      const seen = answer(method, true);
      for (const params of [{ chat_id: USER, message_thread_id: 5 }, { chat_id: `${USER}*5` }]) {
        await expectRefused(methods[method](testClient(), params), seen, {
          method,
          field: 'chat_id',
          message: /cannot be closed or reopened/,
        });
      }
    },
  );

  it.each([...GENERAL_METHODS, 'editGeneralForumTopic' as const])(
    '%s is refused for a private chat, which has no General topic',
    async (method) => {
      const seen = answer(method, true);
      const params = { chat_id: USER, name: 'Lobby' };
      await expectRefused(methods[method](testClient(), params), seen, {
        method,
        field: 'chat_id',
        message: /private chats have no General topic/,
      });
      await expectRefused(methods[method](testClient(), { ...params, chat_id: String(USER) }), seen, {
        method,
        field: 'chat_id',
      });
    },
  );

  it('sends still drop thread 1 in a private chat: the message goes outside topics, where messages without a thread are', async () => {
    const seen = answer('sendMessage', { message_id: 1 });
    await methods.sendMessage(testClient(), { chat_id: USER, message_thread_id: GENERAL_TOPIC_ID, text: 'hi' });
    await methods.sendMessage(testClient(), { chat_id: `${USER}*1`, text: 'hi' });
    await methods.sendMessage(testClient(), { chat_id: USER, message_thread_id: 5, text: 'hi' });
    expect(seen.map((r) => r.json)).toEqual([
      { chat_id: USER, text: 'hi' },
      { chat_id: USER, text: 'hi' },
      { chat_id: USER, message_thread_id: 5, text: 'hi' },
    ]);
  });

  it('createForumTopic creates topics in private chats too (Bot API 9.4), with the same name checks', async () => {
    const seen = answer('createForumTopic', { message_thread_id: 7, name: 'Order #1', icon_color: 0x6fb9f0 });
    await methods.createForumTopic(testClient(), { chat_id: USER, name: 'Order #1' });
    expect(seen.map((r) => r.json)).toEqual([{ chat_id: USER, name: 'Order #1' }]);
    await expectRefused(methods.createForumTopic(testClient(), { chat_id: USER, name: '' }), [], {
      method: 'createForumTopic',
      field: 'name',
    });
  });
});
