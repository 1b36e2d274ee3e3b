/**
 * `emulator.listen()` against a bare `node:http` server doing the same JSON work: read the body,
 * `JSON.parse` it, answer `{"ok":true,"result":…}` with `JSON.stringify` (the result is the very
 * message the emulator answered first, so both send the same bytes). The client is the same for
 * both (`undici.request` over a keep-alive pool, or the global `fetch` with `--client fetch`).
 * Both servers and the client live in this one process. Each round measures both servers at
 * concurrency 1 and 16, in the order A B B A (each server's calls in two halves; which server is A
 * alternates by round), so that a drift of the machine's speed during the round touches both
 * alike; a round's ratio comes from its totals (garbage-collection pauses included), and the
 * median over rounds is reported. The request is `sendMessage` into a forum topic.
 *
 * It measures the built package (dist/testing.js), as an application imports it.
 * Not part of `npm test`: `npm run bench:emulator` (builds first), or after a build
 * `node test/bench/listen.bench.mjs [--rounds N] [--calls N] [--client undici|fetch]`.
 */
import { Agent, request } from 'undici';
import { createEmulator } from '../../dist/testing.js';
import { drive, fmt, median, startBareServer } from './measure.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const ROUNDS = Number(option('rounds', '15'));
/** Calls per server, per concurrency, per round (in two halves). */
const CALLS = Number(option('calls', '4000'));
/** Enough for the JIT to settle on both servers' code before the rounds. */
const WARMUP = 5000;
const MAX_MS = 60_000;
const CLIENT = option('client', 'undici');
const CONCURRENCIES = [1, 16];

const emulator = createEmulator();
const forum = emulator.createForum();
const topic = await emulator.client().call('createForumTopic', { chat_id: forum.id, name: 'Bench' });
const body = JSON.stringify({
  chat_id: forum.id,
  message_thread_id: topic.message_thread_id,
  text: 'Build #42 passed',
});
const path = `/bot${emulator.bot.token}/sendMessage`;
const first = await emulator.fetch(`${emulator.apiRoot}${path}`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
});
const message = (await first.json()).result;

function client(root) {
  const url = `${root}${path}`;
  const headers = { 'content-type': 'application/json' };
  if (CLIENT === 'fetch') {
    return async () => {
      const response = await fetch(url, { method: 'POST', headers, body });
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      return response.text();
    };
  }
  const dispatcher = new Agent({ connections: 32, keepAliveTimeout: 60_000 });
  return async () => {
    const response = await request(url, { method: 'POST', headers, body, dispatcher });
    if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`);
    return response.body.text();
  };
}

const servers = { bare: await startBareServer(message), emulator: await emulator.listen() };
const clients = { bare: client(servers.bare.url), emulator: client(servers.emulator.url) };
for (const name of ['bare', 'emulator']) await drive(clients[name], WARMUP, 16, MAX_MS);

const ops = {};
const cpu = {};
const ratios = { 1: [], 16: [] };
const cpuRatios = { 1: [], 16: [] };
for (let round = 0; round < ROUNDS; round++) {
  const [a, b] = round % 2 === 0 ? ['bare', 'emulator'] : ['emulator', 'bare'];
  for (const c of CONCURRENCIES) {
    const total = { bare: { calls: 0, ms: 0, cpu: 0 }, emulator: { calls: 0, ms: 0, cpu: 0 } };
    for (const name of [a, b, b, a]) {
      const run = await drive(clients[name], Math.ceil(CALLS / 2), c, MAX_MS);
      total[name].calls += run.calls;
      total[name].ms += run.ms;
      total[name].cpu += run.cpuUs * run.calls;
    }
    for (const name of ['bare', 'emulator']) {
      const { calls, ms, cpu: used } = total[name];
      ops[`${name} c=${c}`] ??= [];
      ops[`${name} c=${c}`].push((calls * 1000) / ms);
      cpu[`${name} c=${c}`] ??= [];
      cpu[`${name} c=${c}`].push(used / calls);
    }
    const rate = (name) => total[name].calls / total[name].ms;
    const cpuPerCall = (name) => total[name].cpu / total[name].calls;
    ratios[c].push(rate('emulator') / rate('bare'));
    cpuRatios[c].push(cpuPerCall('bare') / cpuPerCall('emulator'));
  }
}
await servers.bare.close();
await emulator.close();

console.log(`listen() vs bare node:http, sendMessage into a topic, client ${CLIENT}, Node ${process.version}`);
console.log(
  `${ROUNDS} rounds × ${CALLS} calls per server and concurrency (A B B A), after ${WARMUP} warm-up calls each`,
);
console.log(
  '| concurrency | bare calls/s | emulator calls/s | ratio (median) | min–max | bare CPU µs/call | emulator CPU µs/call | CPU ratio (median) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const c of CONCURRENCIES) {
  const r = ratios[c];
  const cells = [
    fmt(median(ops[`bare c=${c}`])),
    fmt(median(ops[`emulator c=${c}`])),
    fmt(median(r), 2),
    `${fmt(Math.min(...r), 2)}–${fmt(Math.max(...r), 2)}`,
    fmt(median(cpu[`bare c=${c}`]), 1),
    fmt(median(cpu[`emulator c=${c}`]), 1),
    fmt(median(cpuRatios[c]), 2),
  ];
  console.log(`| ${c} | ${cells.join(' | ')} |`);
}
