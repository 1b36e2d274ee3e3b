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

/** One undici variant: `controller` makes the per-call controller (or none), `timer` arms one. */
const viaUndici = ({ controller, timer, text }) => {
  const dispatcher = new Agent({ connections: 64 });
  return async () => {
    const c = controller?.();
    const t = timer ? setTimeout(() => c?.abort(), 60_000) : undefined;
    try {
      const response = await request(url, { method: 'POST', headers, body: body(), dispatcher, signal: c?.signal });
      return text ? JSON.parse(await response.body.text()).result : (await response.body.json()).result;
    } finally {
      clearTimeout(t);
    }
  };
};
const viaFetch =
  ({ controller, timer, text }) =>
  async () => {
    const c = controller?.();
    const t = timer ? setTimeout(() => c?.abort(), 60_000) : undefined;
    try {
      const response = await fetch(url, { method: 'POST', headers, body: body(), signal: c?.signal });
      return text ? JSON.parse(await response.text()).result : (await response.json()).result;
    } finally {
      clearTimeout(t);
    }
  };
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

async function drive(send, count, concurrency) {
  let started = 0;
  let done = 0;
  const deadline = performance.now() + maxMs;
  const lane = async () => {
    while (started < count && performance.now() < deadline) {
      started++;
      await send();
      done++;
    }
  };
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { ops: (done * 1000) / ms, cpuUs: (used.user + used.system) / done };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

console.log(`# Per-call cost breakdown, Node ${process.version}, ${rounds} rounds × ${calls} calls, one process\n`);
for (const [group, variants] of Object.entries(groups)) {
  const names = Object.keys(variants);
  for (const send of Object.values(variants)) {
    const message = await send();
    if (message?.message_thread_id !== THREAD_ID) throw new Error(`unexpected answer ${JSON.stringify(message)}`);
  }
  for (const c of concurrencies) for (const send of Object.values(variants)) await drive(send, 300, c);
  const lines = [`## ${group}\n`, '| variant | c | ops/s | × raw | CPU µs/call |', '|---|---:|---:|---:|---:|'];
  for (const c of concurrencies) {
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 0; round < rounds; round++) {
      const shift = round % names.length;
      for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
        samples[name].push(await drive(variants[name], calls, c));
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
