#!/usr/bin/env node
// Cost of the shared-state features (issue 19), measured on the BUILT package (run after
// `npm run build`): ensureTopic on a key whose topic exists (memory store, Redis store), the
// throttle per call (none, in process, in Redis) and dedupeUpdates per update (memory, Redis).
// A real redis-server is started on 127.0.0.1 and a free port, with its files in a temporary
// folder. The Bot API is a stand-in fetch that answers at once, so only our own cost shows.
// Cases run interleaved, round after round, and medians are reported side by side: on a shared
// machine, the ratios mean more than the absolute figures.
//
// Usage: node test/bench/scale.mjs [--rounds N] [--calls N] [--json]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as createRedisClient } from 'redis';
import {
  createClient,
  createMemoryStore,
  createTopicRegistry,
  dedupeUpdates,
  ensureTopic,
  sendMessage,
  throttle,
} from '../../dist/index.js';
import { createRedisStore } from '../../dist/redis.js';
import { drive, fmt, median } from './measure.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROUNDS = option('--rounds', 5);
const CALLS = option('--calls', 2000);
const MAX_MS = 30_000; // per measurement

async function startRedis() {
  const port = await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address();
      server.close(() => resolve(p));
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'telegram-forum-bench-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir], {
    stdio: 'ignore',
  });
  await new Promise((resolve, reject) => {
    child.once('error', (e) =>
      reject(new Error(`redis-server could not start (apt-get install redis-server): ${e.message}`)),
    );
    child.once('spawn', resolve);
  });
  const client = createRedisClient({ url: `redis://127.0.0.1:${port}` });
  for (let i = 0; ; i++) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (i >= 100) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    client,
    stop: async () => {
      await client.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Bot API stand-in: answers every call at once. */
const body = (method) =>
  method === 'createForumTopic'
    ? '{"ok":true,"result":{"message_thread_id":42,"name":"Customer 4711","icon_color":7322096}}'
    : '{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":-1001,"type":"supergroup"}}}';
const fakeFetch = async (url) => {
  const text = body(url.slice(url.lastIndexOf('/') + 1));
  return { status: 200, text: async () => text, arrayBuffer: async () => new TextEncoder().encode(text).buffer };
};
const token = '123456:bench-token';

const redis = await startRedis();
const results = [];
try {
  const chat_id = -1001;
  const memoryRegistry = createTopicRegistry({ store: createMemoryStore() });
  const redisRegistry = createTopicRegistry({ store: createRedisStore({ client: redis.client, prefix: 'bench:' }) });
  const api = createClient({ token, fetch: fakeFetch });
  const params = { chat_id, key: 'customer:4711', name: 'Customer 4711' };
  await ensureTopic(api, memoryRegistry, params);
  await ensureTopic(api, redisRegistry, params);

  // Limits far above what one process reaches: the throttle never waits, only its cost shows.
  const open = { globalPerSecond: 1e7, chatPerSecond: 1e7, chatBurst: 1e4, groupPerMinute: 6e8, groupBurst: 1e4 };
  const plain = createClient({ token, fetch: fakeFetch, retry: false });
  const local = createClient({ token, fetch: fakeFetch, retry: false }).use(throttle(open));
  const shared = createClient({ token, fetch: fakeFetch, retry: false }).use(
    throttle({ ...open, store: createRedisStore({ client: redis.client, prefix: 'bench:' }) }),
  );
  const send = (client) => () => sendMessage(client, { chat_id, text: 'hi' });

  let nextUpdate = 1;
  const noop = () => {};
  const dedupeMemory = dedupeUpdates(noop, { store: createMemoryStore() });
  const dedupeRedis = dedupeUpdates(noop, { store: createRedisStore({ client: redis.client, prefix: 'bench:' }) });

  const cases = [
    ['redis GET (one round trip)', () => redis.client.get('bench:missing')],
    ['ensureTopic, known key, memory store', () => ensureTopic(api, memoryRegistry, params)],
    ['ensureTopic, known key, Redis store', () => ensureTopic(api, redisRegistry, params)],
    ['sendMessage, no throttle', send(plain)],
    ['sendMessage, throttle() in process', send(local)],
    ['sendMessage, throttle({ store: Redis })', send(shared)],
    ['dedupeUpdates, memory store', () => dedupeMemory({ update_id: nextUpdate++ })],
    ['dedupeUpdates, Redis store', () => dedupeRedis({ update_id: nextUpdate++ })],
  ];
  const samples = new Map(cases.map(([name]) => [name, { seq: [], par: [] }]));
  for (const [, fn] of cases) await drive(fn, 200, 1, MAX_MS); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of cases) {
      const seq = await drive(fn, CALLS, 1, MAX_MS);
      const par = await drive(fn, CALLS, 16, MAX_MS);
      samples.get(name).seq.push((seq.ms * 1000) / seq.calls);
      samples.get(name).par.push(par.ops);
    }
  }
  for (const [name] of cases) {
    const s = samples.get(name);
    results.push({ name, usPerCall: median(s.seq), opsAt16: median(s.par) });
  }
} finally {
  await redis.stop();
}

const by = (name) => results.find((r) => r.name.startsWith(name));
const ratio = (a, b) => by(a).usPerCall / by(b).usPerCall;
const ratios = [
  ['ensureTopic (Redis) ÷ one redis GET', ratio('ensureTopic, known key, Redis', 'redis GET')],
  [
    'ensureTopic (Redis) ÷ ensureTopic (memory)',
    ratio('ensureTopic, known key, Redis', 'ensureTopic, known key, memory'),
  ],
  ['sendMessage with Redis throttle ÷ without throttle', ratio('sendMessage, throttle({', 'sendMessage, no throttle')],
  [
    'sendMessage with Redis throttle ÷ in-process throttle',
    ratio('sendMessage, throttle({', 'sendMessage, throttle()'),
  ],
  [
    'Redis throttle’s own cost per call ÷ one redis GET',
    (by('sendMessage, throttle({').usPerCall - by('sendMessage, no throttle').usPerCall) / by('redis GET').usPerCall,
  ],
  ['dedupeUpdates (Redis) ÷ one redis GET', ratio('dedupeUpdates, Redis', 'redis GET')],
];

if (args.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, rounds: ROUNDS, calls: CALLS, results, ratios }));
} else {
  console.log(`Node ${process.version}, ${ROUNDS} rounds × ${fmt(CALLS)} calls per case (medians)\n`);
  console.log('| case | µs per call, one at a time | calls/s, 16 in flight |');
  console.log('| ---- | -------------------------: | --------------------: |');
  for (const r of results) console.log(`| ${r.name} | ${fmt(r.usPerCall, 1)} | ${fmt(r.opsAt16)} |`);
  console.log('\n| ratio (one at a time) | value |');
  console.log('| --------------------- | ----: |');
  for (const [name, value] of ratios) console.log(`| ${name} | ${fmt(value, 2)} |`);
}
