import { createClient } from '../client/createClient.js';
import { createDelivery } from './delivery/index.js';
import { METHODS } from './handlers/dispatch.js';
import { fromFetch, toResponse } from './http/fetch.js';
import type { LoopbackServer } from './http/listen.js';
import { createServe, execute } from './http/serve.js';
import { createWorld } from './state/world.js';
import type { Emulator, EmulatorOptions } from './types.js';
import { createActions } from './users/actions.js';
import { createInspect } from './users/inspect.js';
import { createMediaActions } from './users/media.js';
import { createMembershipActions } from './users/membership.js';
import { createObserve } from './users/observe.js';
import { createReactionActions } from './users/reactions.js';
import { createSetup } from './users/setup.js';
import { createTopicActions } from './users/topics.js';

/**
 * Creates an in-memory Bot API: bots, users, forum supergroups with topics and the General
 * topic, messages with Telegram's thread rules, service messages, keyboards and callback
 * queries, files, members and rights, invite links and join requests, reactions, inline
 * queries, chat and bot settings, getUpdates and webhooks, with the real error codes and
 * descriptions. `emulator.methods` lists the methods it implements; any other Bot API method
 * answers `400 Bad Request: <method> exists in the Bot API but is not emulated by telegram-forum/testing`.
 * Serve it with `emulator.fetch` (no sockets) or `await emulator.listen()`.
 *
 * @example
 * ```ts
 * import { createEmulator } from 'telegram-forum/testing';
 * const emulator = createEmulator();
 * const forum = emulator.createForum({ title: 'Support' });
 * const client = emulator.client();
 * const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'Ticket 1' });
 * await client.call('sendMessage', { chat_id: forum.id, message_thread_id: topic.message_thread_id, text: 'Hi' });
 * ```
 * @param options - see {@link EmulatorOptions}
 * @returns the emulator
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const apiRoot = (options.apiRoot ?? 'http://emulator.test').replace(/\/+$/, '');
  const world = createWorld(options);
  const delivery = createDelivery(world, {
    webhookFetch: options.webhookFetch,
    webhookRetryMs: options.webhookRetryMs,
    execute: (bot, method, args) => run(bot, method, args),
  });
  const run = execute(world, delivery);
  const serve = createServe(world, delivery);
  const servers = new Set<LoopbackServer>();

  const setup = createSetup(world, delivery, () => firstBot);
  const bot = setup.createBot(options.bot);
  const firstBot = world.bots.get(bot.token)!;
  const actions = createActions(world, delivery, () => firstBot);
  const inspect = createInspect(world, delivery, () => firstBot);
  const media = createMediaActions(world, delivery, () => firstBot);
  const membership = createMembershipActions(world, delivery, () => firstBot);
  const reactions = createReactionActions(world, delivery, () => firstBot);
  const topicActions = createTopicActions(world, delivery, () => firstBot);
  const observe = createObserve(world, () => firstBot);

  const emulator: Emulator = {
    async fetch(input, init) {
      const { request, body } = fromFetch(input, init);
      // Like fetch: an aborted request rejects with the signal's reason (a long poll ends at once).
      request.signal?.throwIfAborted();
      const answer = await serve.serve(request, body);
      request.signal?.throwIfAborted();
      return toResponse(answer);
    },
    apiRoot,
    async listen(listenOptions = {}) {
      const { startServer } = await import('./http/listen.js');
      const server = await startServer(serve.answer, listenOptions.port ?? 0);
      servers.add(server);
      return {
        url: server.url,
        close: async () => {
          servers.delete(server);
          await server.close();
        },
      };
    },
    async close() {
      // Long polls answer first (an empty result), then the servers write those answers and close.
      await delivery.close();
      await Promise.allSettled([...servers].map((server) => server.close()));
      servers.clear();
    },
    client(clientOptions = {}) {
      return createClient({
        token: bot.token,
        apiRoot,
        fetch: (url, init) => emulator.fetch(url, init as RequestInit),
        ...clientOptions,
      });
    },
    bot,
    methods: METHODS,
    createBot: setup.createBot,
    createUser: setup.createUser,
    createForum: setup.createForum,
    setRights: setup.setRights,
    addMember: setup.addMember,
    userSends: actions.userSends,
    userEdits: actions.userEdits,
    userPresses: actions.userPresses,
    ...media,
    ...membership,
    ...reactions,
    ...topicActions,
    ...observe,
    callbackAnswer: inspect.callbackAnswer,
    topics: inspect.topics,
    messages: inspect.messages,
    keyboard: inspect.keyboard,
    pendingUpdates: inspect.pendingUpdates,
    settled: () => delivery.settled(),
  };
  return emulator;
}
