import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chats, threadIds } from '../../test/helpers/arbitraries.js';
import { answer, TOKEN, testClient } from '../../test/helpers/msw.js';
import { expectRefused } from '../../test/helpers/refused.js';
import { createClient } from '../client/createClient.js';
import type { FetchLike } from '../client/types.js';
import { isValidationError } from '../errors/errors.js';
import { GENERAL_TOPIC_ID, generalVariant, isThreadedMethod, THREADED_METHOD_NAMES } from './constants.js';

const GENERAL_VARIANTS: Record<string, string> = {
  editForumTopic: 'editGeneralForumTopic',
  closeForumTopic: 'closeGeneralForumTopic',
  reopenForumTopic: 'reopenGeneralForumTopic',
  deleteForumTopic: 'hideGeneralForumTopic',
  unpinAllForumTopicMessages: 'unpinAllGeneralForumTopicMessages',
};

const require = createRequire(import.meta.url);
const MANAGEMENT = THREADED_METHOD_NAMES.filter((m) => m in GENERAL_VARIANTS);
const SENDS = THREADED_METHOD_NAMES.filter((m) => !(m in GENERAL_VARIANTS));
// Methods without message_thread_id, the General-topic ones included.
const UNTHREADED = [
  'getChat',
  'getChatMemberCount',
  'pinChatMessage',
  'unpinAllChatMessages',
  'banChatMember',
  'deleteMessage',
  'editMessageText',
  'createChatInviteLink',
  'createForumTopic',
  'editGeneralForumTopic',
  'closeGeneralForumTopic',
  'reopenGeneralForumTopic',
  'hideGeneralForumTopic',
  'unhideGeneralForumTopic',
  'unpinAllGeneralForumTopicMessages',
];

/** A client whose fetch records each JSON body it is given: what reaches the wire. */
function wire() {
  const bodies: Record<string, unknown>[] = [];
  const fetch: FetchLike = async (_url, init) => {
    bodies.push(JSON.parse(init.body as string));
    return { status: 200, text: async () => '{"ok":true,"result":true}', arrayBuffer: async () => new ArrayBuffer(0) };
  };
  return { client: createClient({ token: TOKEN, fetch, retry: false }), bodies };
}

/** Any other parameters a call may carry (never the two the rules look at). */
const otherParams = fc.dictionary(
  fc.stringMatching(/^[a-z][a-z_]{0,15}$/).filter((k) => k !== 'chat_id' && k !== 'message_thread_id'),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 5 },
);

/** The General topic named by id, by the legacy form, or both. */
const generalTargets = fc
  .tuple(chats, fc.constantFrom('id', 'legacy', 'both'))
  .map(([chat, how]) =>
    how === 'id'
      ? { chat, params: { chat_id: chat, message_thread_id: GENERAL_TOPIC_ID } }
      : how === 'legacy'
        ? { chat, params: { chat_id: `${chat}*1` } }
        : { chat, params: { chat_id: `${chat}*1`, message_thread_id: 1 } },
  );

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('topic rules', () => {
  it('tell send methods from topic-management methods', () => {
    expect(MANAGEMENT).toEqual([
      'editForumTopic',
      'closeForumTopic',
      'reopenForumTopic',
      'deleteForumTopic',
      'unpinAllForumTopicMessages',
    ]);
    expect(Object.keys(GENERAL_VARIANTS).sort()).toEqual([...MANAGEMENT].sort());
    for (const method of THREADED_METHOD_NAMES) expect(generalVariant(method), method).toBe(GENERAL_VARIANTS[method]);
    expect(SENDS).toContain('sendMessage');
    expect(SENDS).toContain('sendChatAction');
    expect(SENDS.every((m) => !UNTHREADED.includes(m))).toBe(true);
  });

  it('know the threaded methods by a pattern that agrees with the list on every Bot API method', () => {
    // Every method name the Bot API declarations (@grammyjs/types) list.
    const declarations = readFileSync(require.resolve('@grammyjs/types/methods.d.ts'), 'utf8');
    const all = [
      ...new Set([...declarations.matchAll(/^ {4}([a-z][A-Za-z]+)(?:<[^>]*>)?\(/gm)].map((m) => m[1] ?? '')),
    ];
    expect(all.length).toBeGreaterThan(150);
    expect(all).toEqual(expect.arrayContaining([...THREADED_METHOD_NAMES]));
    expect(all.filter(isThreadedMethod).sort()).toEqual([...THREADED_METHOD_NAMES].sort());
  });

  it('refuse the legacy form on a method without threads, via client.call, sending nothing', async () => {
    const seen = answer('getChat', { id: -100123, type: 'supergroup' });
    await expectRefused(testClient().call('getChat', { chat_id: '-100123*5' }), seen, {
      method: 'getChat',
      field: 'chat_id',
      message: /getChat has none/,
    });
    await expectRefused(testClient().call('getChat', { chat_id: '' }), seen, { method: 'getChat', field: 'chat_id' });
  });

  it('leave plain string chat ids and params without a chat alone', async () => {
    const seen = answer('getChat', { id: -100123, type: 'supergroup' });
    await testClient().call('getChat', { chat_id: '@forum_group' });
    await testClient().call('getChat', { chat_id: '-100123' });
    expect(seen.map((r) => r.json)).toEqual([{ chat_id: '@forum_group' }, { chat_id: '-100123' }]);
  });

  describe('properties', () => {
    it('the General topic never reaches the wire from a send method, whatever else is sent', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...SENDS), generalTargets, otherParams, async (method, target, other) => {
          const { client, bodies } = wire();
          const params = { ...other, ...target.params };
          await client.call(method as 'sendMessage', params as never);
          expect(bodies).toHaveLength(1);
          expect(bodies[0]).not.toHaveProperty('message_thread_id');
          expect(bodies[0]).toEqual(json({ ...other, chat_id: target.chat }));
        }),
      );
    });

    it('every other topic reaches the wire as given, by id or by the legacy form', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...THREADED_METHOD_NAMES),
          chats,
          threadIds.filter((t) => t !== GENERAL_TOPIC_ID),
          fc.boolean(),
          otherParams,
          async (method, chat, thread, legacy, other) => {
            const { client, bodies } = wire();
            const target = legacy ? { chat_id: `${chat}*${thread}` } : { chat_id: chat, message_thread_id: thread };
            await client.call(method as 'sendMessage', { ...other, ...target } as never);
            expect(bodies).toEqual([json({ ...other, chat_id: chat, message_thread_id: thread })]);
          },
        ),
      );
    });

    it('every topic-management method refuses the General topic, names its General variant, sends nothing', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...MANAGEMENT), generalTargets, otherParams, async (method, target, other) => {
          const { client, bodies } = wire();
          const error = await client.call(method as 'closeForumTopic', { ...other, ...target.params } as never).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(isValidationError(error)).toBe(true);
          expect(error).toMatchObject({ method, field: 'message_thread_id' });
          const variant = GENERAL_VARIANTS[method]?.split(' ')[0] ?? '?';
          expect(variant).toMatch(/^(edit|close|reopen|hide|unpinAll)General/);
          expect((error as Error).message).toContain(`use ${variant}`);
          expect(bodies).toEqual([]);
        }),
      );
    });

    it('every method without threads refuses the legacy form, naming itself, sending nothing', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...UNTHREADED), chats, threadIds, async (method, chat, thread) => {
          const { client, bodies } = wire();
          const error = await client.call(method as 'getChat', { chat_id: `${chat}*${thread}` }).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(isValidationError(error)).toBe(true);
          expect(error).toMatchObject({ method, field: 'chat_id' });
          expect((error as Error).message).toContain(`${method} has none`);
          expect(bodies).toEqual([]);
        }),
      );
    });

    it('a legacy thread that disagrees with message_thread_id is refused on every threaded method', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...THREADED_METHOD_NAMES),
          chats,
          threadIds,
          fc.oneof(threadIds, fc.constantFrom(0, -1, 1.5, '5')),
          async (method, chat, legacy, explicit) => {
            fc.pre(legacy !== explicit);
            const { client, bodies } = wire();
            const params = { chat_id: `${chat}*${legacy}`, message_thread_id: explicit };
            const error = await client.call(method as 'sendMessage', params as never).then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error).toMatchObject({ name: 'ValidationError', method, field: 'message_thread_id' });
            expect(bodies).toEqual([]);
          },
        ),
      );
    });
  });
});

// The methods with direct_messages_topic_id (Bot API 10.3), all of them also threaded.
const DIRECT_MESSAGES = [
  'sendMessage',
  'sendRichMessage',
  'forwardMessage',
  'forwardMessages',
  'copyMessage',
  'copyMessages',
  'sendPhoto',
  'sendLivePhoto',
  'sendAudio',
  'sendDocument',
  'sendVideo',
  'sendAnimation',
  'sendVoice',
  'sendVideoNote',
  'sendPaidMedia',
  'sendMediaGroup',
  'sendLocation',
  'sendVenue',
  'sendContact',
  'sendDice',
  'sendSticker',
  'sendInvoice',
];

describe('direct-messages topics', () => {
  it('are a parameter of threaded methods only', () => {
    const declarations = readFileSync(require.resolve('@grammyjs/types/methods.d.ts'), 'utf8');
    // Each method's parameter block runs from its name to the next method.
    const blocks = declarations.split(/^ {4}(?=[a-z][A-Za-z]+\()/m);
    const withTopic = blocks.filter((b) => b.includes('direct_messages_topic_id?:')).map((b) => b.split('(')[0]);
    expect(withTopic.sort()).toEqual([...DIRECT_MESSAGES].sort());
    expect(DIRECT_MESSAGES.filter((m) => !isThreadedMethod(m))).toEqual([]);
  });

  it('reach the wire as given, alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DIRECT_MESSAGES), chats, threadIds, async (method, chat, topic) => {
        const { client, bodies } = wire();
        await client.call(method as 'sendMessage', { chat_id: chat, direct_messages_topic_id: topic } as never);
        expect(bodies).toEqual([{ chat_id: chat, direct_messages_topic_id: topic }]);
      }),
    );
  });

  it('exclude message_thread_id, also in the legacy form (Client::check_message_topic reads one of them)', async () => {
    // telegram-bot-api Client::check_message_topic uses direct_messages_topic_id in a channel's
    // direct-messages chat and message_thread_id in any other chat, and ignores the other one:
    // with both, one is lost whatever the chat, so the call is refused and nothing is sent.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DIRECT_MESSAGES),
        chats,
        threadIds,
        fc.boolean(),
        async (method, chat, topic, legacy) => {
          const { client, bodies } = wire();
          const target = legacy ? { chat_id: `${chat}*${topic}` } : { chat_id: chat, message_thread_id: topic };
          const error = await client
            .call(method as 'sendMessage', { ...target, direct_messages_topic_id: topic } as never)
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          expect(error).toMatchObject({ name: 'ValidationError', method, field: 'direct_messages_topic_id' });
          expect((error as Error).message).toBe(`${method}: direct_messages_topic_id excludes message_thread_id`);
          expect(bodies).toEqual([]);
        },
      ),
    );
  });

  it('refuse the General topic beside them too: it is a message_thread_id all the same', async () => {
    const { client, bodies } = wire();
    const error = await client
      .call('sendMessage', { chat_id: -100123, message_thread_id: 1, text: 'x', direct_messages_topic_id: 9 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError', field: 'direct_messages_topic_id' });
    expect(bodies).toEqual([]);
  });
});
