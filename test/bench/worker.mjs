// One benchmark worker process. Argument: a JSON job.
//   { mode: 'throughput', apiRoot, names, concurrencies, rounds, calls, warmup, maxMs }
//   { mode: 'heap', apiRoot, names, concurrency, first, total, maxMs, idleMs }
// Prints one JSON line with the results. Every loop stops at its call count or its time limit.
import { contenders, THREAD_ID } from './contenders.mjs';
import { drive } from './measure.mjs';

const job = JSON.parse(process.argv[2] ?? '{}');

async function load(names) {
  const sends = {};
  const skipped = {};
  for (const name of names) {
    try {
      const send = await contenders[name](job.apiRoot);
      const message = await send();
      if (message?.message_thread_id !== THREAD_ID) throw new Error(`unexpected answer ${JSON.stringify(message)}`);
      sends[name] = send;
    } catch (error) {
      skipped[name] = String(error?.message ?? error);
    }
  }
  return { sends, skipped };
}

async function throughput() {
  const { sends, skipped } = await load(job.names);
  const names = Object.keys(sends);
  for (const c of job.concurrencies) for (const name of names) await drive(sends[name], job.warmup, c, job.maxMs);
  const samples = []; // { round, c, name, ops, cpuUs, calls }
  for (let round = 0; round < job.rounds; round++) {
    // Rotate the order every round, so that no contender always runs first or last.
    const shift = (round + (job.seed ?? 0)) % names.length;
    const order = [...names.slice(shift), ...names.slice(0, shift)];
    for (const c of job.concurrencies) {
      for (const name of order)
        samples.push({ round, c, name, ...(await drive(sends[name], job.calls, c, job.maxMs)) });
    }
  }
  return { samples, skipped };
}

async function heap() {
  const gc = globalThis.gc;
  if (typeof gc !== 'function') throw new Error('run with --expose-gc');
  const { sends, skipped } = await load(job.names);
  const out = {};
  const settle = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  for (const [name, send] of Object.entries(sends)) {
    const first = await drive(send, job.first, job.concurrency, job.maxMs);
    const after1k = settle();
    const rest = await drive(send, job.total - first.calls, job.concurrency, job.maxMs);
    const afterAll = settle();
    // Each call arms a timeout (default 60 s): wait it out, so that what is left is retained.
    await new Promise((done) => setTimeout(done, job.idleMs ?? 0));
    const afterIdle = settle();
    out[name] = { calls: first.calls + rest.calls, after1k, afterAll, growth: afterAll - after1k, afterIdle };
  }
  return { heap: out, skipped };
}

const result = job.mode === 'heap' ? await heap() : await throughput();
console.log(JSON.stringify({ node: process.version, ...result }));
process.exit(0);
