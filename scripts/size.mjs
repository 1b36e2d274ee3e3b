#!/usr/bin/env node
// Size budget: bundles what a forum bot imports from the BUILT package (dist/index.js) with
// esbuild --bundle --minify --format=esm, for the browser and for Node, and checks that
//   - the gzip size (level 9) stays within LIMIT (the goal is TARGET),
//   - the browser bundle has no `node:` import,
//   - the minified Node bundle (no --keep-names) works: run against a loopback Bot API
//     stand-in, it creates a topic and sends a message into it (2 requests).
// A per-module breakdown (esbuild metafile) shows where the bytes go.
//
// It also checks tree-shaking: each method module, imported alone with the client, bundles no other
// method module (no other method's name is in the bundle beyond those of the client alone).
//
// Usage: node scripts/size.mjs [--from path/to/index.(js|ts)] [--json]
//   --from   bundle another build of the package (to measure a prototype); default dist/index.js
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// What the budget entry imports. The budget is meant for createForumTopic + sendMessage +
// InlineKeyboard (+ the client): add the names as they land in the package; until then the
// entry calls client.call('createForumTopic') and writes the keyboard as a plain object.
const IMPORTS = ['createClient', 'createForumTopic', 'sendMessage', 'InlineKeyboard'];
const PENDING = ['createForumTopic', 'InlineKeyboard'].filter((name) => !IMPORTS.includes(name));

const TARGET = 1500; // bytes gzip: the budget issue 9 asks for
// Not met, and not reachable while the default path keeps the DESIGN contract's behaviours: the
// what-if section below shows that the client alone, with retry, the topic rules and the
// keyboard builder all stubbed out, is already over it (issue 9 is blocked on this decision).
// LIMIT is the guard issues 14 and 20 ask to hold: 4,850 B. The multipart encoder in every client
// (a bare File or Blob uploads anywhere) and the transport seams had taken the bundle to 4,972 B;
// shared message templates, a leaner exchange and retry, and smaller keyboard copies brought it
// back to 4,824 B with the direct_messages_topic_id rule in (each change and its bytes:
// docs/benchmarks.md, "Size budget"). Growth past the limit fails `npm test`.
const LIMIT = 4850;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fromArg = args.indexOf('--from');
const from = resolve(fromArg >= 0 ? (args[fromArg + 1] ?? '') : join(root, 'dist/index.js'));
const asJson = args.includes('--json');
const out = join(root, '.tmp/size');
mkdirSync(out, { recursive: true });

const has = (name) => IMPORTS.includes(name);
const entry = `import { ${IMPORTS.join(', ')} } from ${JSON.stringify(from)};
export async function run(token, apiRoot) {
  const client = createClient({ token, apiRoot });
  const chat_id = -1001234567890;
  const topic = await ${has('createForumTopic') ? 'createForumTopic(client, ' : "client.call('createForumTopic', "}{ chat_id, name: 'Build #42' });
  const reply_markup = ${
    has('InlineKeyboard')
      ? "new InlineKeyboard().text('Approve', 'ok').text('Reject', 'no')"
      : "{ inline_keyboard: [[{ text: 'Approve', callback_data: 'ok' }, { text: 'Reject', callback_data: 'no' }]] }"
  };
  return sendMessage(client, { chat_id, message_thread_id: topic.message_thread_id, text: 'Ready for review', reply_markup });
}
`;
const entryFile = join(out, 'entry.mjs');
writeFileSync(entryFile, entry);
// dist/index.js is one flat file, so the per-module breakdown comes from the same entry
// bundled from src/ (esbuild maps the .js imports to the .ts files).
const srcEntryFile = join(out, 'entry-src.mjs');
writeFileSync(srcEntryFile, entry.replace(JSON.stringify(from), JSON.stringify(join(root, 'src/index.ts'))));

// What-if stubs: the same src/ entry with a feature replaced by the least code that still runs
// the entry, to show what each feature costs in gzip bytes (bytes of minified modules do not add
// up to gzip bytes). Not for shipping: a stubbed bundle has no retry, no topic rules, or a
// keyboard with one kind of button and no checks.
const STUBS = {
  retry: {
    file: /src[\\/]client[\\/]retry\.ts$/,
    code: 'export const withRetry = (next) => next; export const sleep = () => {}; export const isReadOnly = () => false;',
  },
  'topic rules': {
    file: /src[\\/]topics[\\/]rules\.ts$/,
    code: 'export const applyTopicRules = (method, params) => params;',
  },
  'keyboard builder': {
    file: /src[\\/]keyboard[\\/]inlineKeyboard\.ts$/,
    code: `export class InlineKeyboard {
  inline_keyboard = [[]];
  text(text, callback_data = text) {
    const k = new InlineKeyboard();
    k.inline_keyboard = [[...this.inline_keyboard[0], { text, callback_data }]];
    return k;
  }
}`,
  },
};
const stubbing = (names) => ({
  name: 'stubs',
  setup(b) {
    for (const name of names) {
      b.onLoad({ filter: STUBS[name].file }, () => ({ contents: STUBS[name].code, loader: 'js' }));
    }
  },
});

async function bundle(platform, entryPoint = entryFile, name = platform, stubs = []) {
  const outfile = join(out, `${name}.mjs`);
  const result = await build({
    plugins: stubs.length ? [stubbing(stubs)] : [],
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles.find((f) => f.path === outfile) ?? result.outputFiles[0];
  const code = file.text;
  writeFileSync(outfile, code);
  const meta = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(meta.inputs)
    .map(([path, info]) => ({ module: relative(root, path), bytes: info.bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { platform, outfile, code, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, modules };
}

/** Runs the minified Node bundle against a loopback stand-in; returns the problems found. */
async function check(outfile) {
  const token = '123456:size-budget-token';
  const seen = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const method = req.url.split('/').pop();
      let params = null;
      try {
        params = JSON.parse(body);
      } catch {}
      seen.push({ method, path: req.url, params });
      const result =
        method === 'createForumTopic'
          ? { message_thread_id: 42, name: params?.name, icon_color: 0x6fb9f0 }
          : { message_id: 1, date: 0, chat: { id: params?.chat_id, type: 'supergroup' }, message_thread_id: 42 };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const problems = [];
  try {
    const { run } = await import(pathToFileURL(outfile).href);
    const message = await Promise.race([
      run(token, `http://127.0.0.1:${server.address().port}`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 10 s')), 10_000).unref()),
    ]);
    const [topic, send] = seen;
    if (seen.length !== 2) problems.push(`expected 2 requests, got ${seen.length}`);
    if (topic?.method !== 'createForumTopic' || topic.path !== `/bot${token}/createForumTopic`) {
      problems.push(`first request should be createForumTopic, was ${topic?.path}`);
    }
    if (send?.method !== 'sendMessage') problems.push(`second request should be sendMessage, was ${send?.method}`);
    if (send?.params?.message_thread_id !== 42) problems.push('sendMessage did not carry the new topic id');
    if (send?.params?.reply_markup?.inline_keyboard?.[0]?.length !== 2) problems.push('the keyboard did not arrive');
    if (message?.message_thread_id !== 42) problems.push('sendMessage did not resolve with the message');
  } catch (error) {
    problems.push(`the bundle failed: ${error?.stack ?? error}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return problems;
}

/**
 * Bundles `createClient` + one method, for every method module, and returns the methods whose
 * bundle holds another method's name (a string the client alone does not hold): a leak.
 */
async function treeShaking() {
  // The method list of the sources that `from` was built from: next to it for a src/ index (a
  // prototype), else this repository's.
  const beside = join(dirname(from), 'methods/index.ts');
  const index = readFileSync(existsSync(beside) ? beside : join(root, 'src/methods/index.ts'), 'utf8');
  const methods = [...index.matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]).filter((n) => n !== 'downloadFile');
  const entries = { client: 'createClient' };
  for (const name of methods) entries[name] = `createClient, ${name}`;
  const dir = join(out, 'shake');
  mkdirSync(dir, { recursive: true });
  const entryPoints = Object.entries(entries).map(([name, imports]) => {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, `export { ${imports} } from ${JSON.stringify(from)};\n`);
    return file;
  });
  const result = await build({
    entryPoints,
    outdir: join(dir, 'out'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const named = (code) => new Set(methods.filter((m) => new RegExp(`["'\`]${m}["'\`]`).test(code)));
  const code = Object.fromEntries(result.outputFiles.map((f) => [f.path.replace(/^.*[\\/]|\.js$/g, ''), f.text]));
  const base = named(code.client);
  const leaks = [];
  let largest = { name: '', gzip: 0 };
  for (const name of methods) {
    const extra = [...named(code[name])].filter((m) => m !== name && !base.has(m));
    if (!named(code[name]).has(name)) leaks.push(`${name}: its own module is missing from its bundle`);
    if (extra.length) leaks.push(`${name} pulls ${extra.join(', ')}`);
    const gzip = gzipSync(code[name], { level: 9 }).length;
    if (gzip > largest.gzip) largest = { name, gzip };
  }
  return { count: methods.length, leaks, largest, client: gzipSync(code.client, { level: 9 }).length };
}

const results = [await bundle('browser'), await bundle('node')];
const shaking = await treeShaking();
const fromSrc = await bundle('browser', srcEntryFile, 'browser-src');
const whatIf = [];
for (const stubs of [...Object.keys(STUBS).map((n) => [n]), Object.keys(STUBS)]) {
  const r = await bundle('browser', srcEntryFile, `what-if-${whatIf.length}`, stubs);
  whatIf.push({ without: stubs, raw: r.raw, gzip: r.gzip, saves: fromSrc.gzip - r.gzip });
}
const problems = [];
const browser = results[0];
if (/["'`]node:/.test(browser.code)) problems.push('the browser bundle imports a node: module');
problems.push(...(await check(results[1].outfile)));
problems.push(...shaking.leaks.map((leak) => `tree-shaking: ${leak}`));
if (shaking.count < 185 && fromArg < 0) problems.push(`tree-shaking: only ${shaking.count} method modules found`);
for (const r of results) {
  if (r.gzip > LIMIT) problems.push(`${r.platform} bundle is ${r.gzip} B gzip, over the limit of ${LIMIT} B`);
}

if (asJson) {
  const slim = results.map(({ code: _, ...r }) => r);
  console.log(
    JSON.stringify({
      imports: IMPORTS,
      pending: PENDING,
      target: TARGET,
      limit: LIMIT,
      results: slim,
      modules: fromSrc.modules,
      whatIf,
      treeShaking: { methods: shaking.count, leaks: shaking.leaks, largest: shaking.largest, client: shaking.client },
      problems,
    }),
  );
} else {
  console.log(`size budget: import { ${IMPORTS.join(', ')} } from ${relative(root, from) || from}`);
  if (PENDING.length > 0) console.log(`  not in the entry yet (not in the package): ${PENDING.join(', ')}`);
  for (const r of results) {
    const over = r.gzip > TARGET ? `, ${r.gzip - TARGET} B over the ${TARGET} B target` : '';
    console.log(`${r.platform}: ${r.raw} B minified, ${r.gzip} B gzip (limit ${LIMIT} B${over})`);
  }
  console.log(
    `\nwhere the bytes go (same entry bundled from src/ for the browser: ${fromSrc.raw} B minified, ${fromSrc.gzip} B gzip):`,
  );
  for (const m of fromSrc.modules) {
    console.log(
      `  ${String(m.bytes).padStart(6)} B  ${((100 * m.bytes) / fromSrc.raw).toFixed(1).padStart(5)} %  ${m.module}`,
    );
  }
  console.log('\nwhat each feature costs (the src/ bundle with it stubbed out; see STUBS):');
  for (const w of whatIf) {
    console.log(`  without ${w.without.join(' + ')}: ${w.gzip} B gzip (${w.saves} B less), ${w.raw} B minified`);
  }
  console.log(
    `\ntree-shaking: ${shaking.count} method modules, each bundled alone with createClient: ${
      shaking.leaks.length ? `${shaking.leaks.length} pull other methods (see below)` : 'none pulls another method'
    } (client alone ${shaking.client} B gzip; largest with one method: ${shaking.largest.name}, ${shaking.largest.gzip} B)`,
  );
  console.log(`\nbrowser bundle without node: imports: ${problems.some((p) => p.includes('node:')) ? 'NO' : 'yes'}`);
  console.log(
    `minified node bundle run (createForumTopic + sendMessage, 2 requests): ${problems.length ? 'see below' : 'ok'}`,
  );
  console.log(
    `target ${TARGET} B gzip: ${Math.max(...results.map((r) => r.gzip)) <= TARGET ? 'met' : 'NOT met (see docs/benchmarks.md, "Size budget")'}`,
  );
}
if (problems.length > 0) {
  for (const p of problems) console.error(`size: ${p}`);
  process.exit(1);
}
