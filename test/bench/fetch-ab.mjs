/**
 * Compares two builds of the emulator in process: `sendMessage` into a topic through
 * `emulator.fetch` (a raw JSON request) and through `client.call`, 15 rounds in the order A B B A,
 * and the median over rounds of the second build's rate over the first's.
 *
 *   node test/bench/fetch-ab.mjs /tmp/before/testing.js dist/testing.js
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './measure.mjs';

const builds = process.argv.slice(2);
if (builds.length !== 2) {
  console.error('usage: node test/bench/fetch-ab.mjs <before>/testing.js <after>/testing.js');
  process.exit(2);
}
const ROUNDS = 15;
const CALLS = 1500;

const setups = [];
for (const file of builds) {
  const { createEmulator } = await import(pathToFileURL(resolve(file)).href);
  const emulator = createEmulator();
  const forum = emulator.createForum();
  const client = emulator.client();
  const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'Bench' });
  const params = { chat_id: forum.id, message_thread_id: topic.message_thread_id, text: 'Build #42 passed' };
  const body = JSON.stringify(params);
  const url = `${emulator.apiRoot}/bot${emulator.bot.token}/sendMessage`;
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
  setups.push({
    raw: async () => (await emulator.fetch(url, init)).text(),
    call: () => client.call('sendMessage', params),
  });
}

/** Calls per millisecond over `n` calls, one at a time. */
async function rate(fn, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return n / (performance.now() - t0);
}

for (const setup of setups) {
  await rate(setup.raw, 5000);
  await rate(setup.call, 5000);
}
console.log(`${ROUNDS} rounds × ${CALLS} calls per build (A B B A), Node ${process.version}`);
for (const [kind, label] of [
  ['raw', 'emulator.fetch, a raw JSON request'],
  ['call', 'client.call through emulator.fetch'],
]) {
  const ratios = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? [0, 1, 1, 0] : [1, 0, 0, 1];
    const total = [0, 0];
    for (const i of order) total[i] += await rate(setups[i][kind], CALLS);
    ratios.push(total[1] / total[0]);
  }
  console.log(
    `${label}: second / first ${median(ratios).toFixed(3)} (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
}
process.exit(0);
