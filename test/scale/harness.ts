// Starts scale-test workers (test/scale/worker.ts) as child processes and speaks their small
// IPC protocol. The worker and the library sources are bundled once with esbuild into one
// file, so that each process starts in a fraction of a second (tsx would compile in every
// process). Each worker is killed after `deadlineMs` at the latest.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Scenario } from './worker.js';

const root = resolve(import.meta.dirname, '../..');
const bundle = resolve(root, '.tmp/scale/worker.mjs');
let built: Promise<unknown> | undefined;

/** Bundles the worker (once per test file); `redis` stays an import from node_modules. */
export function prepareWorkers(): Promise<unknown> {
  built ??= build({
    entryPoints: [resolve(root, 'test/scale/worker.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['redis'],
    logLevel: 'silent',
  });
  return built;
}

export interface Worker {
  readonly child: ChildProcess;
  /** The worker's `ready` message (a webhook worker's carries its URL). */
  readonly ready: Promise<{ type: 'ready'; url?: string }>;
  /** The worker's `result` message. */
  readonly result: Promise<Record<string, unknown>>;
  /** Sends a command: `go`, `report` or `exit`. */
  tell(type: 'go' | 'report' | 'exit'): void;
  /** Resolves when the process has exited. */
  readonly exited: Promise<number | null>;
}

export function startWorker(
  id: number,
  scenario: Scenario,
  shared: { redisUrl: string; prefix: string },
  deadlineMs = 90_000,
): Worker {
  const child = spawn(process.execPath, [bundle], {
    cwd: root,
    env: { ...process.env, SCALE_SCENARIO: JSON.stringify({ ...scenario, ...shared, id }) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      clearTimeout(killer);
      done(code);
    }),
  );
  const message = (type: string) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const onMessage = (m: Record<string, unknown>) => {
        if (m?.type === type) done(m);
      };
      child.on('message', onMessage);
      void exited.then((code) => fail(new Error(`worker ${id} exited (${code}) before "${type}": ${stderr.trim()}`)));
    });
  const ready = message('ready') as Worker['ready'];
  const result = message('result');
  // Either may never come (a killed worker): avoid unhandled rejections.
  ready.catch(() => {});
  result.catch(() => {});
  return {
    child,
    ready,
    result,
    exited,
    tell: (type) => {
      if (child.connected) child.send({ type });
    },
  };
}

/** Starts workers, waits until all are ready, says `go` to all at once, and collects the results. */
export async function runTogether<R>(workers: Worker[]): Promise<R[]> {
  await Promise.all(workers.map((w) => w.ready));
  for (const w of workers) w.tell('go');
  const results = (await Promise.all(workers.map((w) => w.result))) as R[];
  for (const w of workers) w.tell('exit');
  await Promise.all(workers.map((w) => w.exited));
  return results;
}
