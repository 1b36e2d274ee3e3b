// Where a call's cost goes: raw undici.request and raw global fetch, each with one piece of
// the client's per-call work added at a time (a timer, an AbortController's signal, the light
// controller createUndiciFetch brings, reading the body as text), beside the full client.
// All variants run interleaved in ONE process (order rotated every round), the stand-in in its
// own; each result is a ratio to the raw baseline of the same round, medians over rounds.
//
//   npm run build && node test/bench/breakdown.mjs [--rounds 9] [--calls 4000] [--c 1,64]
//
// Needs test/bench's dependencies (`npm ci --prefix test/bench`, done by `npm run bench`).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEYBOARD, TEXT, THREAD_ID, TOKEN } from './contenders.mjs';
import { drive, fmt, median } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const rounds = Number(opt('rounds', 9));
const calls = Number(opt('calls', 4000));
const concurrencies = opt('c', '1,64').split(',').map(Number);
const maxMs = 30_000; // per measurement

const server = spawn(process.execPath, [join(here, 'server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => server.kill());
const apiRoot = await new Promise((resolve, reject) => {
  server.stdout.once('data', (line) => resolve(`http://127.0.0.1:${JSON.parse(line).port}`));
  setTimeout(() => reject(new Error('the stand-in did not start within 10 s')), 10_000).unref();
});

// The global fetch first, as in the bench: importing npm undici before the first global fetch
// would make global fetch use npm undici's dispatcher.
await (await fetch(`${apiRoot}/`, { method: 'POST', body: '{}' })).text();
const { Agent, request } = await import('undici');
const { createClient, sendMessage } = await import('../../dist/index.js');
const { createUndiciFetch } = await import('../../dist/undici.js');

const url = `${apiRoot}/bot${TOKEN}/sendMessage`;
const headers = { 'content-type': 'application/json' };
const params = { chat_id: -1001234567890, message_thread_id: THREAD_ID, text: TEXT, reply_markup: KEYBOARD };
const body = () => JSON.stringify(params);

/** The light controller, taken from createUndiciFetch the way the client takes it. */
const lightController = createUndiciFetch()[Symbol.for('telegram-forum.abortController')];

/**
 * A hand-written call with some of the client's per-call work: `controller` makes the call's
 * controller (or none), `timer` arms a 60 s timeout, `text` reads the body as text and parses it.
 * `send(signal)` makes the request; `read(response, text)` reads the result.
 */
const variant =
  (send, read) =>
  ({ controller, timer, text }) =>
  async () => {
    const c = controller?.();
    const t = timer ? setTimeout(() => c?.abort(), 60_000) : undefined;
    try {
      return await read(await send(c?.signal), text);
    } finally {
      clearTimeout(t);
    }
  };
const viaUndici = (work) => {
  const dispatcher = new Agent({ connections: 64 });
  return variant(
    (signal) => request(url, { method: 'POST', headers, body: body(), dispatcher, signal }),
    async (r, text) => (text ? JSON.parse(await r.body.text()) : await r.body.json()).result,
  )(work);
};
const viaFetch = variant(
  (signal) => fetch(url, { method: 'POST', headers, body: body(), signal }),
  async (r, text) => (text ? JSON.parse(await r.text()) : await r.json()).result,
);
const ac = () => new AbortController();

const groups = {
  undici: {
    'raw undici.request (.body.json())': viaUndici({}),
    '+ body as text, JSON.parse': viaUndici({ text: true }),
    '+ a timer per call': viaUndici({ timer: true }),
    '+ an AbortController signal per call': viaUndici({ controller: ac }),
    '+ AbortController + timer + text (the old client path)': viaUndici({ controller: ac, timer: true, text: true }),
    '+ light controller + timer + text (the new client path)': viaUndici({
      controller: lightController,
      timer: true,
      text: true,
    }),
    '**telegram-forum** + createUndiciFetch': (() => {
      const client = createClient({ token: TOKEN, apiRoot, fetch: createUndiciFetch() });
      return () => sendMessage(client, params);
    })(),
  },
  fetch: {
    'raw global fetch (.json())': viaFetch({}),
    '+ body as text, JSON.parse': viaFetch({ text: true }),
    '+ a timer per call': viaFetch({ timer: true }),
    '+ an AbortController signal per call': viaFetch({ controller: ac }),
    '+ AbortController + timer + text (the client path)': viaFetch({ controller: ac, timer: true, text: true }),
    '**telegram-forum** (default fetch)': (() => {
      const client = createClient({ token: TOKEN, apiRoot });
      return () => sendMessage(client, params);
    })(),
  },
};

console.log(`# Per-call cost breakdown, Node ${process.version}, ${rounds} rounds × ${calls} calls, one process\n`);
for (const [group, variants] of Object.entries(groups)) {
  const names = Object.keys(variants);
  for (const send of Object.values(variants)) {
    const message = await send();
    if (message?.message_thread_id !== THREAD_ID) throw new Error(`unexpected answer ${JSON.stringify(message)}`);
  }
  for (const c of concurrencies) for (const send of Object.values(variants)) await drive(send, 300, c, maxMs);
  const lines = [`## ${group}\n`, '| variant | c | ops/s | × raw | CPU µs/call |', '|---|---:|---:|---:|---:|'];
  for (const c of concurrencies) {
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 0; round < rounds; round++) {
      const shift = round % names.length;
      for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
        samples[name].push(await drive(variants[name], calls, c, maxMs));
      }
    }
    // Ratio per round against the raw baseline's result in that round, then the median.
    const base = samples[names[0]];
    for (const name of names) {
      const ratio = median(samples[name].map((s, i) => s.ops / base[i].ops));
      const ops = median(samples[name].map((s) => s.ops));
      const cpu = median(samples[name].map((s) => s.cpuUs));
      lines.push(`| ${name} | ${c} | ${fmt(ops)} | ${fmt(ratio, 3)} | ${fmt(cpu, 1)} |`);
    }
  }
  console.log(`${lines.join('\n')}\n`);
}
process.exit(0);
