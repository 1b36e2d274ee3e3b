import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every TypeScript example type-checks through the root tsconfig (it includes examples/); the
// CommonJS one is plain JavaScript. The ones marked on their first line run here, as a reader
// would run them, against the offline emulator:
//   // @runs-against-emulator   → `tsx examples/x.ts`
//   // @runs-with-node-test     → `tsx --test examples/x.ts`
// The others need a real bot token or serve forever (polling, webhooks); they are only type-checked.
const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'examples');
const tsx = join(root, 'node_modules/.bin/tsx');

const examples = readdirSync(dir)
  .filter((f) => /\.(ts|cjs)$/.test(f))
  .map((file) => ({ file, first: readFileSync(join(dir, file), 'utf8').split('\n', 1)[0] ?? '' }));
const runnable = examples.filter((e) => e.first.startsWith('// @runs-'));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.BOT_TOKEN;
  delete env.FORUM_CHAT_ID;
  return new Promise((done) => {
    execFile(tsx, args, { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('examples', () => {
  it('has runnable examples marked', () => {
    expect(runnable.map((e) => e.file).sort()).toEqual([
      'commonjs.cjs',
      'forum-bot.ts',
      'incident-topics.ts',
      'node-test.ts',
    ]);
  });

  it.each(runnable)(
    '$file runs against the emulator and exits 0',
    async ({ file, first }) => {
      const args = first.includes('@runs-with-node-test') ? ['--test', `examples/${file}`] : [`examples/${file}`];
      const { code, stdout, stderr } = await run(args);
      expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout.length).toBeGreaterThan(0);
    },
    90_000,
  );
});
