// Webhooks served in other runtimes, each in its own process on 127.0.0.1: Bun.serve, Hono on
// Bun, Deno.serve, and a Cloudflare Worker in workerd (the open-source Workers runtime, from the
// npm registry). The apps (apps/*.ts) are bundled with esbuild from src/, the runtimes are the
// ones `npm run test:runtimes` uses (installed once into .tmp/runtimes).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script shared with scripts/runtimes.mjs, without types
import { bunBinary, denoBinary } from '../../scripts/runtime-binaries.mjs';
import type { ErrorLine } from './bot.js';
import { exerciseWebhook } from './harness.js';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp/frameworks');
const workerd = join(root, 'node_modules/.bin/workerd');

/** Bundles an app with the package's source (what `telegram-forum` resolves to in our tests). */
async function bundle(app: string): Promise<string> {
  const outfile = join(out, `${app}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, `apps/${app}.ts`)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    alias: { 'telegram-forum': join(root, 'src/index.ts') },
    logLevel: 'silent',
  });
  return outfile;
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/**
 * Starts an app and resolves with its URL once it listens (within 20 s). The app's stdout
 * carries "listening <port>" (or `portFrom` reads it elsewhere) and one JSON line per error.
 */
function start(
  command: string,
  args: string[],
  portFrom?: (child: ChildProcess) => Readable,
): Promise<{ url: string; errors: () => ErrorLine[]; log: () => string }> {
  const child = spawn(command, args, { cwd: out, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  running.push(child);
  const errors: ErrorLine[] = [];
  let log = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not listen in 20 s:\n${log}`)), 20_000);
    const ready = (port: number) => {
      clearTimeout(timer);
      resolveStart({ url: `http://127.0.0.1:${port}/telegram`, errors: () => errors, log: () => log });
    };
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      log += chunk;
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const listening = /^listening (\d+)$/.exec(line.trim());
        if (listening) ready(Number(listening[1]));
        else if (line.startsWith('{"report"')) errors.push((JSON.parse(line) as { report: ErrorLine }).report);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk;
    });
    portFrom?.(child).on('data', (chunk: Buffer) => {
      // workerd's control messages: {"event":"listen","socket":"http","port":N}
      for (const line of String(chunk).split('\n')) {
        const port = /"port":(\d+)/.exec(line);
        if (port) ready(Number(port[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${log}`));
    });
  });
}

let bun: string;
let deno: string;
beforeAll(() => {
  mkdirSync(out, { recursive: true });
  bun = bunBinary();
  deno = denoBinary();
}, 300_000);

describe('webhooks in other runtimes, against the emulator', { timeout: 30_000 }, () => {
  it('Bun.serve', async () => {
    const app = await start(bun, [await bundle('bun-serve')]);
    await exerciseWebhook(app.url, app.errors);
  });

  it('Hono on Bun', async () => {
    const app = await start(bun, [await bundle('hono-bun')]);
    await exerciseWebhook(app.url, app.errors);
  });

  it('Deno.serve (network on 127.0.0.1 only)', async () => {
    const script = await bundle('deno-serve');
    const app = await start(deno, ['run', '--no-prompt', '--allow-net=127.0.0.1', script]);
    await exerciseWebhook(app.url, app.errors);
  });

  it('a Cloudflare Worker in workerd', async () => {
    const script = await bundle('worker');
    const config = join(out, 'worker.capnp');
    writeFileSync(
      config,
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "${basename(script)}")],
  compatibilityDate = "2025-09-01",
);
`,
    );
    // fd 3 is the control pipe: workerd reports the port it bound there.
    const app = await start(workerd, ['serve', config, '--control-fd=3'], (child) => child.stdio[3] as Readable);
    await exerciseWebhook(app.url, app.errors);
    expect(app.log()).not.toMatch(/uncaught/i);
  });
});
