// One bot instance of the scale tests, run as its own process (bundled by harness.ts).
// It talks to the parent over IPC: it says `ready`, waits for `go`, runs its scenario against
// the emulator (over HTTP on 127.0.0.1) with its own connection to the shared Redis, and
// answers with its result. Every wait is bounded; the parent kills it after a deadline too.
import { createServer } from 'node:http';
import { createClient as createRedisClient } from 'redis';
import {
  createClient,
  createTopicRegistry,
  dedupeUpdates,
  ensureTopic,
  isApiError,
  type ThrottleOptions,
  throttle,
  toNodeListener,
  type Update,
  webhookHandler,
} from '../../src/index.js';
import { createRedisStore } from '../../src/redis/index.js';

/** What the parent asks a worker to do. */
export type Scenario =
  | { kind: 'ensure'; apiRoot: string; token: string; chat_id: number; calls: number; keys: number; leaseMs?: number }
  | {
      kind: 'send';
      apiRoot: string;
      token: string;
      chat_id: number;
      threads: number[];
      messages: number;
      limits: ThrottleOptions;
      shared: boolean;
    }
  | { kind: 'webhook'; secret: string };

const config = JSON.parse(process.env.SCALE_SCENARIO ?? '{}') as Scenario & {
  redisUrl: string;
  prefix: string;
  id: number;
};
const send = (message: unknown) => process.send?.(message);
const waitFor = (type: string) =>
  new Promise<void>((resolve) => {
    const listen = (message: { type?: string }) => {
      if (message?.type !== type) return;
      process.off('message', listen);
      resolve();
    };
    process.on('message', listen);
  });

// Never outlive the test: exit after 120 s whatever happens.
setTimeout(() => process.exit(3), 120_000).unref();

const redis = createRedisClient({ url: config.redisUrl });
await redis.connect();
const store = createRedisStore({ client: redis, prefix: config.prefix });

if (config.kind === 'ensure') {
  const registry = createTopicRegistry({ store });
  const client = createClient({ token: config.token, apiRoot: config.apiRoot }).use(registry.observe);
  send({ type: 'ready' });
  await waitFor('go');
  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: config.calls }, (_, i) =>
      ensureTopic(
        client,
        registry,
        { chat_id: config.chat_id, key: `key-${i % config.keys}`, name: `Topic ${i % config.keys}` },
        config.leaseMs ? { leaseMs: config.leaseMs } : {},
      ).then(
        (topic) => ({ key: `key-${i % config.keys}`, thread: topic.message_thread_id, outcome: topic.outcome }),
        (error: unknown) => ({ key: `key-${i % config.keys}`, error: String(error) }),
      ),
    ),
  );
  send({ type: 'result', results, ms: Date.now() - started });
} else if (config.kind === 'send') {
  // retry: false, so that a 429 from the emulator surfaces instead of being waited out.
  const client = createClient({ token: config.token, apiRoot: config.apiRoot, retry: false });
  client.use(throttle({ ...config.limits, ...(config.shared ? { store } : {}) }));
  send({ type: 'ready' });
  await waitFor('go');
  const started = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: config.messages }, (_, i) =>
      client
        .call('sendMessage', {
          chat_id: config.chat_id,
          message_thread_id: config.threads[i % config.threads.length]!,
          text: `p${config.id} m${i}`,
        })
        .then(
          () => 'ok',
          (error: unknown) => (isApiError(error) && error.error_code === 429 ? '429' : `other: ${String(error)}`),
        ),
    ),
  );
  const count = (o: string) => outcomes.filter((x) => x === o).length;
  send({
    type: 'result',
    ok: count('ok'),
    tooMany: count('429'),
    other: outcomes.filter((o) => o !== 'ok' && o !== '429'),
    ms: Date.now() - started,
  });
} else if (config.kind === 'webhook') {
  const handled: number[] = [];
  const onUpdate = dedupeUpdates(
    async (update: Update) => {
      handled.push(update.update_id);
      // A little work, so that the other instance's copy arrives while this one is busy.
      await new Promise((resolve) => setTimeout(resolve, 5));
    },
    { store, leaseMs: 5000, waitMs: 5000 },
  );
  const server = createServer(toNodeListener(webhookHandler({ secretToken: config.secret, onUpdate })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  send({ type: 'ready', url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook` });
  await waitFor('report');
  server.close();
  send({ type: 'result', handled });
}
await waitFor('exit');
await redis.close();
process.exit(0);
