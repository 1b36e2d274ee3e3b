#!/usr/bin/env node
// `npm run test:runtimes`: the built package's smoke flow (test/runtimes/smoke.mjs) under
// Node 20 (this node), Node 22, Node 24, Bun and Deno, each installed from the npm registry into
// .tmp/runtimes (kept between runs); then a browser-platform bundle of the core entry that must
// hold no `node:` import and run in Deno without any permission. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bunBinary, cache, denoBinary, nodeBinary } from './runtime-binaries.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const smoke = join(root, 'test/runtimes/smoke.mjs');

const runtimes = [
  ['node 20', () => process.execPath, []],
  ['node 22', () => nodeBinary(22), []],
  ['node 24', () => nodeBinary(24), []],
  ['bun', bunBinary, []],
  ['deno', denoBinary, ['run', '--no-prompt']],
];

let failed = 0;
let passed = 0;
const run = (label, binary, args) => {
  const result = spawnSync(binary, args, { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const ok = result.status === 0;
  if (ok) passed++;
  else failed++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${label}: ${(ok ? result.stdout : `${result.stdout}${result.stderr}${result.error ?? ''}`).trim()}`,
  );
};

for (const [label, binary, args] of runtimes) {
  let path;
  try {
    path = binary();
  } catch (error) {
    failed++;
    console.log(`FAIL ${label}: could not install (${String(error.message ?? error).split('\n')[0]})`);
    continue;
  }
  run(label, path, [...args, smoke]);
}

// The core entry bundled for the browser: no Node built-ins, and it runs with no permissions.
const out = join(cache, 'browser');
mkdirSync(out, { recursive: true });
const entry = join(out, 'entry.mjs');
writeFileSync(
  entry,
  `import { createClient, sendMessage, InlineKeyboard, parseChatTarget } from ${JSON.stringify(join(root, 'dist/index.js'))};
const seen = [];
const fetch = async (url, init) => { seen.push(JSON.parse(init.body)); return { status: 200, text: async () => '{"ok":true,"result":{"message_id":1}}', arrayBuffer: async () => new ArrayBuffer(0) }; };
const client = createClient({ token: '1:browser', fetch });
const reply_markup = new InlineKeyboard().text('A', 'a');
const result = await sendMessage(client, { chat_id: '-1001*5', text: 'hi', reply_markup });
if (result.message_id !== 1 || seen[0].message_thread_id !== 5 || parseChatTarget('@forum*7').message_thread_id !== 7) throw new Error('browser bundle misbehaved');
console.log('browser bundle ran');
`,
);
const bundle = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  write: false,
  logLevel: 'silent',
});
const code = bundle.outputFiles[0].text;
const bundled = join(out, 'bundle.mjs');
writeFileSync(bundled, code);
if (/["']node:/.test(code)) {
  failed++;
  console.log('FAIL browser bundle: it imports a node: built-in');
} else {
  const deno = join(cache, 'deno/node_modules/@deno/linux-x64-glibc/deno');
  if (existsSync(deno)) run('browser bundle in deno (no permissions)', deno, ['run', '--no-prompt', bundled]);
  else {
    failed++;
    console.log('FAIL browser bundle: deno is not installed');
  }
}

console.log(`runtimes: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
