/**
 * Emulator throughput: sendMessage calls per second through `emulator.fetch` (no sockets) and
 * through loopback HTTP (`emulator.listen()`), sequential and 16 in flight.
 * Not part of `npm test`; run `npx tsx test/bench/emulator.bench.ts`.
 */
import { createClient } from '../../src/client/createClient.js';
import { createEmulator } from '../../src/testing/index.js';

const CALLS = Number(process.env.CALLS ?? 3000);
const WARMUP = 500;

async function measure(label: string, call: () => Promise<unknown>, concurrency: number) {
  const run = async (n: number) => {
    let next = 0;
    const worker = async () => {
      while (next < n) {
        next++;
        await call();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };
  await run(WARMUP);
  const start = performance.now();
  await run(CALLS);
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(44)} c=${String(concurrency).padEnd(3)} ${Math.round(CALLS / seconds)} calls/s`);
}

const emulator = createEmulator();
const forum = emulator.createForum();
const body = JSON.stringify({ chat_id: forum.id, text: 'hello' });
const url = `${emulator.apiRoot}/bot${emulator.bot.token}/sendMessage`;
const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };

await measure('emulator.fetch, raw JSON request', () => emulator.fetch(url, init).then((r) => r.text()), 1);
const client = emulator.client({ retry: false });
await measure(
  'client.call via emulator.fetch',
  () => client.call('sendMessage', { chat_id: forum.id, text: 'hello' }),
  1,
);

const server = await emulator.listen();
const loop = createClient({ token: emulator.bot.token, apiRoot: server.url, retry: false });
const httpUrl = `${server.url}/bot${emulator.bot.token}/sendMessage`;
for (const c of [1, 16]) {
  await measure('loopback HTTP, global fetch', () => fetch(httpUrl, init).then((r) => r.text()), c);
  await measure('loopback HTTP, client.call', () => loop.call('sendMessage', { chat_id: forum.id, text: 'hello' }), c);
}
await server.close();
await emulator.close();
console.log(
  `(${CALLS} calls each after ${WARMUP} warm-up calls; messages stored: ${emulator.messages(forum.id).length})`,
);
