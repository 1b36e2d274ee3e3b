#!/usr/bin/env node
// Type-checks every ```ts block of README.md and docs/**/*.md against the BUILT package's types
// (run after `npm run build`): 'telegram-forum', 'telegram-forum/testing', 'telegram-forum/node',
// 'telegram-forum/undici' and 'telegram-forum/redis' resolve to dist/*.d.ts, as they do for a reader who installed the
// package. Each block is its own ES module (top-level await allowed). A block whose info string
// says `no-check` (```ts no-check) is skipped: use it only for fragments that cannot stand alone.
// A block for another runtime says so (```ts env=bun, ```ts env=deno): it is checked in a program
// of its own with that runtime's global types (@types/bun, @types/deno) instead of Node's, which
// would clash with them. Framework imports (express, hono, …) resolve to our devDependencies.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.tmp/docs-check');

function markdownFiles() {
  const files = [join(root, 'README.md')];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'api') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(join(root, 'docs'));
  return files;
}

/** Every ```ts / ```typescript block: its text, and the line of the fence in its file. */
function blocks(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(ts|typescript)\b(.*)$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(indent));
    const env = /\benv=(\w+)/.exec(open[3])?.[1] ?? 'node';
    if (!/\bno-check\b/.test(open[3])) found.push({ line: i + 1, code: body.join('\n'), env });
    i = j;
  }
  return found;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const origin = new Map();
const envs = new Map();
let count = 0;
for (const file of markdownFiles()) {
  for (const { line, code, env } of blocks(file)) {
    const name = `${relative(root, file).replace(/[^\w]+/g, '_')}_L${line}.mts`;
    // Each block is a module of its own, even without imports; lines stay aligned with the doc.
    writeFileSync(join(out, name), `${code}\nexport {};\n`);
    origin.set(name, { file: relative(root, file), line });
    envs.set(env, [...(envs.get(env) ?? []), name]);
    count++;
  }
}
const dist = (entry) => [join(root, `dist/${entry}.d.ts`)];
for (const [env, files] of envs) {
  writeFileSync(
    join(out, `tsconfig.${env}.json`),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        lib: ['es2023', 'dom', 'dom.iterable'],
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: true,
        types: [env],
        typeRoots: [join(root, 'node_modules/@types')],
        paths: {
          'telegram-forum': dist('index'),
          'telegram-forum/testing': dist('testing'),
          'telegram-forum/undici': dist('undici'),
          'telegram-forum/node': dist('node'),
          'telegram-forum/redis': dist('redis'),
        },
      },
      files,
    }),
  );
}

try {
  for (const env of envs.keys()) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(out, `tsconfig.${env}.json`)],
      {
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
  }
  console.log(`docs: ${count} ts blocks type-check against the built package (${[...envs.keys()].join(', ')})`);
} catch (error) {
  const report = String(error.stdout ?? error).replace(
    /^(?:\S*[\\/])?([^\s\\/]+?\.mts)\((\d+),(\d+)\)/gm,
    (_, name, l, c) => {
      const at = origin.get(name);
      return at ? `${at.file}:${at.line + Number(l)}:${c}` : `${name}(${l},${c})`;
    },
  );
  console.error(report);
  console.error('docs: some ts blocks do not type-check (file:line above points into the markdown)');
  process.exit(1);
}
