/**
 * Compares builds of the emulator with each other over loopback: `listen()` of each build and
 * the bare `node:http` server of listen.bench.mjs in one process, `sendMessage` into a topic,
 * blocks of calls in a shuffled order each round, and for each build the median over rounds of
 * its rate over the bare server's in the same round. For working on the emulator's speed: build,
 * copy `dist/` aside, change, build again, then compare the two copies.
 *
 *   node test/bench/listen-ab.mjs /tmp/before/testing.js dist/testing.js [--rounds N] [--block N] [--c N]
 *
 * The builds share the process (and its heap): figures are for comparing builds, not for the
 * ratio to the bare server, which listen.bench.mjs measures with one emulator.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Agent, request } from 'undici';
import { drive, median, startBareServer } from './measure.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const builds = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (builds.length === 0) {
  console.error('usage: node test/bench/listen-ab.mjs <testing.js of a build>… [--rounds N] [--block N] [--c N]');
  process.exit(2);
}
const ROUNDS = option('rounds', 30);
const BLOCK = option('block', 2000);
const CONCURRENCY = option('c', 16);
const MAX_MS = 60_000;

const urls = {};
let message;
let path;
let body;
for (const [i, file] of builds.entries()) {
  const { createEmulator } = await import(pathToFileURL(resolve(file)).href);
  const emulator = createEmulator();
  const forum = emulator.createForum();
  const topic = await emulator.client().call('createForumTopic', { chat_id: forum.id, name: 'Bench' });
  body ??= JSON.stringify({ chat_id: forum.id, message_thread_id: topic.message_thread_id, text: 'Build #42 passed' });
  path = `/bot${emulator.bot.token}/sendMessage`;
  const headers = { 'content-type': 'application/json' };
  message ??= (await (await emulator.fetch(`${emulator.apiRoot}${path}`, { method: 'POST', headers, body })).json())
    .result;
  urls[`build ${i + 1}`] = (await emulator.listen()).url;
}

const bare = await startBareServer(message);
urls.bare = bare.url;

const clients = {};
for (const [name, url] of Object.entries(urls)) {
  const dispatcher = new Agent({ connections: 32, keepAliveTimeout: 60_000 });
  const target = `${url}${path}`;
  clients[name] = async () => {
    const response = await request(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      dispatcher,
    });
    if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`);
    return response.body.text();
  };
}
const names = Object.keys(urls);
for (const name of names) await drive(clients[name], 5000, 16, MAX_MS);

const ratios = {};
for (let round = 0; round < ROUNDS; round++) {
  // A different order each round (a fixed shuffle, so runs repeat).
  const order = [...names];
  for (let i = order.length - 1; i > 0; i--) {
    const j = (round * 7 + i * 13) % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const rate = {};
  for (const name of order) rate[name] = (await drive(clients[name], BLOCK, CONCURRENCY, MAX_MS)).ops;
  for (const name of names) {
    ratios[name] ??= [];
    ratios[name].push(rate[name] / rate.bare);
  }
}
await bare.close();

console.log(`${ROUNDS} rounds × ${BLOCK} calls per server at c=${CONCURRENCY}, Node ${process.version}`);
console.log('| server | rate / bare (median) | first–third quartile |');
console.log('| --- | ---: | ---: |');
for (const name of names.filter((n) => n !== 'bare')) {
  const sorted = [...ratios[name]].sort((a, b) => a - b);
  const q = (f) => sorted[Math.floor(sorted.length * f)].toFixed(3);
  console.log(
    `| ${name}: ${builds[Number(name.slice(6)) - 1]} | ${median(sorted).toFixed(3)} | ${q(0.25)}–${q(0.75)} |`,
  );
}
process.exit(0);
