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
import { createSetup } from './users/setup.js';

/**
 * Creates an in-memory Bot API: bots, users, forum supergroups with topics and the General
 * topic, messages with Telegram's thread rules, service messages, keyboards and callback
 * queries, files, getUpdates and webhooks, with the real error codes and descriptions.
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
    userCreatesTopic: actions.userCreatesTopic,
    userPresses: actions.userPresses,
    callbackAnswer: inspect.callbackAnswer,
    topics: inspect.topics,
    messages: inspect.messages,
    keyboard: inspect.keyboard,
    pendingUpdates: inspect.pendingUpdates,
    settled: () => delivery.settled(),
  };
  return emulator;
}
