import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs the built library, installs the tarball into a fresh project and uses it there through
// the exports map, the way a user would. Run after `npm run build`.
const root = resolve(import.meta.dirname, '../..');
let dir: string;
let files: string[];

const run = (file: string, args: string[], cwd = dir) =>
  execFileSync(file, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'telegram-forum-pack-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  files = packed[0]?.files.map((f) => f.path) ?? [];
  const tarball = join(dir, packed[0]?.filename ?? '');
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'commonjs' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], app);
  // The optional peer for telegram-forum/undici, taken from our own devDependencies.
  symlinkSync(join(root, 'node_modules/undici'), join(app, 'node_modules/undici'), 'dir');
  dir = app;
});

afterAll(() => rmSync(resolve(dir, '..'), { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds the builds, types, README, LICENSE and CHANGELOG, and no sources or tests', () => {
    for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) expect(files).toContain(f);
    for (const entry of ['index', 'node', 'testing', 'undici', 'redis']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files).toContain(`dist/${entry}.${ext}`);
    }
    for (const ext of ['js', 'cjs']) expect(files).toContain(`dist/index.node.${ext}`);
    expect(
      files.filter(
        (f) => !f.startsWith('dist/') && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(f),
      ),
    ).toEqual([]);
    expect(files.filter((f) => /\.test|test-d|\/src\//.test(f))).toEqual([]);
  });

  it('installs with no dependencies of its own', () => {
    const installed = readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed.sort()).toEqual(['telegram-forum', 'undici']);
  });

  it('imports with require and import, every entry point', () => {
    const script = `
      const cjs = require('telegram-forum');
      const testing = require('telegram-forum/testing');
      const undici = require('telegram-forum/undici');
      const redis = require('telegram-forum/redis');
      import('telegram-forum').then(async (esm) => {
        const esmUndici = await import('telegram-forum/undici');
        const esmRedis = await import('telegram-forum/redis');
        await import('telegram-forum/testing');
        console.log(JSON.stringify({
          cjs: typeof cjs.createClient, esm: typeof esm.createClient,
          undici: typeof undici.createUndiciFetch, esmUndici: typeof esmUndici.createUndiciFetch,
          redis: typeof redis.createRedisStore, esmRedis: typeof esmRedis.createRedisStore,
          registry: typeof esm.createTopicRegistry, ensure: typeof cjs.ensureTopic,
          testing: typeof testing,
          sameGeneral: cjs.GENERAL_TOPIC_ID === esm.GENERAL_TOPIC_ID,
        }));
      });`;
    expect(JSON.parse(run('node', ['-e', script]))).toEqual({
      cjs: 'function',
      esm: 'function',
      undici: 'function',
      esmUndici: 'function',
      redis: 'function',
      esmRedis: 'function',
      registry: 'function',
      ensure: 'function',
      testing: 'object',
      sameGeneral: true,
    });
  });

  it('resolves the Node build under the node condition, the plain build for Bun, Deno, Workers and browsers', () => {
    const resolveBoth = (conditions: string[]) => {
      const flags = conditions.map((c) => `--conditions=${c}`);
      const cjs = run('node', [...flags, '-p', "require.resolve('telegram-forum')"]).trim();
      const esm = run('node', [
        ...flags,
        '--input-type=module',
        '-e',
        "console.log(import.meta.resolve('telegram-forum'))",
      ]);
      return [cjs.split('/').pop(), esm.trim().split('/').pop()];
    };
    expect(resolveBoth([])).toEqual(['index.node.cjs', 'index.node.js']);
    for (const condition of ['bun', 'deno', 'workerd', 'worker', 'browser']) {
      expect(resolveBoth([condition]), condition).toEqual(['index.cjs', 'index.js']);
    }
  });

  it('sends through node:http by default on Node, with require and import, never the global fetch', async () => {
    const script = `
      const { createServer } = require('node:http');
      globalThis.fetch = () => { throw new Error('the global fetch was used'); };
      const server = createServer((req, res) => { req.resume(); req.on('end', () => res.end('{"ok":true,"result":"pong"}')); });
      server.listen(0, '127.0.0.1', async () => {
        const apiRoot = 'http://127.0.0.1:' + server.address().port;
        const cjs = require('telegram-forum');
        const esm = await import('telegram-forum');
        const { createNodeFetch } = await import('telegram-forum/node');
        const results = [
          await cjs.createClient({ token: '1:a', apiRoot, retry: false }).call('getMe'),
          await esm.createClient({ token: '1:a', apiRoot, retry: false }).call('getMe'),
          await esm.createClient({ token: '1:a', apiRoot, retry: false, fetch: createNodeFetch() }).call('getMe'),
          typeof require('telegram-forum/node').createNodeFetch,
        ];
        console.log(JSON.stringify(results));
        server.closeAllConnections();
        server.close();
      });`;
    expect(JSON.parse(run('node', ['-e', script]))).toEqual(['pong', 'pong', 'pong', 'function']);
  });

  it('recognises errors of the ESM build with the guards of the CJS build, and back', () => {
    const script = `
      const cjs = require('telegram-forum');
      import('telegram-forum').then((esm) => {
        const fromEsm = new esm.ApiError('getMe', 401, 'Unauthorized');
        const fromCjs = new cjs.ValidationError('bad', { field: 'x' });
        console.log(JSON.stringify([
          cjs.isApiError(fromEsm), cjs.isTelegramError(fromEsm), cjs.isValidationError(fromEsm),
          esm.isValidationError(fromCjs), esm.isTelegramError(fromCjs), esm.isApiError(fromCjs),
          fromEsm instanceof cjs.ApiError,
        ]));
      });`;
    expect(JSON.parse(run('node', ['-e', script]))).toEqual([true, true, false, true, true, false, false]);
  });

  it('the Redis entry stores through a client it is given, without importing redis itself', () => {
    // A stand-in with node-redis's sendCommand: no Redis and no redis package in this project.
    const script = `
      const { createRedisStore } = require('telegram-forum/redis');
      const { createTopicRegistry, isValidationError } = require('telegram-forum');
      const sent = [];
      const client = { sendCommand: async (args) => { sent.push(args); return args[0] === 'GET' ? 'v' : 'OK'; } };
      const store = createRedisStore({ client, prefix: 'p:' });
      Promise.all([store.get('k'), store.set('k', 'v', { ttlMs: 5 })]).then(([value, written]) => {
        let refused = false;
        try { createRedisStore({}); } catch (e) { refused = isValidationError(e); }
        console.log(JSON.stringify({ value, written, sent, refused, registry: typeof createTopicRegistry({ store }).learn }));
      });`;
    expect(JSON.parse(run('node', ['-e', script]))).toEqual({
      value: 'v',
      written: true,
      sent: [
        ['GET', 'p:k'],
        ['SET', 'p:k', 'v', 'PX', '5'],
      ],
      refused: true,
      registry: 'function',
    });
  });

  it('type-checks a consumer under both module formats, with real (not any) types', () => {
    const body = `
      import { createClient, createTopicRegistry, ensureTopic, sendMessage, type Message, type SharedStore } from 'telegram-forum';
      import { createUndiciFetch } from 'telegram-forum/undici';
      import { createRedisStore } from 'telegram-forum/redis';
      import { createEmulator } from 'telegram-forum/testing';
      // The Redis store is the main entry's SharedStore, usable by the registry.
      export const shared: SharedStore = createRedisStore({ client: { sendCommand: async () => null } });
      export const topic = () =>
        ensureTopic(createClient({ token: '1:a' }), createTopicRegistry({ store: shared }), { chat_id: -1, key: 'k', name: 'N' });
      // @ts-expect-error the Redis store needs a client
      createRedisStore({});
      const client = createClient({ token: '1:a', fetch: createUndiciFetch() });
      // The entries share one copy of the types: the emulator's client is the main entry's Client.
      export const viaEmulator = (e: ReturnType<typeof createEmulator>) => sendMessage(e.client(), { chat_id: 1, text: 'hi' });
      export async function send(): Promise<Message> {
        return sendMessage(client, { chat_id: '-100123*4', text: 'hi' });
      }
      // @ts-expect-error text is required
      void sendMessage(client, { chat_id: 1 });
      // @ts-expect-error not a method
      void client.call('noSuchMethod');
    `;
    writeFileSync(join(dir, 'esm.mts'), body);
    writeFileSync(join(dir, 'cjs.cts'), body);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
          lib: ['es2022', 'dom'],
        },
        files: ['esm.mts', 'cjs.cts'],
      }),
    );
    expect(() => run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'])).not.toThrow();
  });
  it('has no node: import in the main entry, toNodeListener and toLambdaHandler included', () => {
    // Follows the main entry's relative imports through the ESM and CJS builds.
    const reached = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:from|import|require)\s*\(?\s*["'](\.[^"']+)["']/g)) {
        reached(resolve(dirname(file), spec as string), seen);
      }
      return seen;
    };
    for (const entry of ['dist/index.js', 'dist/index.cjs']) {
      const files = [...reached(join(root, entry))];
      const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(code).toContain('toNodeListener');
      expect(code).toContain('toLambdaHandler');
      expect(code).not.toMatch(/["']node:/);
    }
  });
});
