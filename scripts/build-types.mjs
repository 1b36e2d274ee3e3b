// Bundles the declaration files: one .d.ts / .d.cts per entry point. The Bot API types come from
// a declaration package at build time and are inlined into the main entry, so the published
// package has no dependency for them. The other entries (testing, undici, redis) import the main
// entry's types from './index.js' instead of inlining a second copy: two copies of `Client`
// would not be assignable to each other, and `emulator.client()` could not be passed to
// `sendMessage`.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(root, 'src');
// The Node build of the main entry (dist/index.node.*) has the same declarations as dist/index.*.
const entries = {
  index: 'src/index.ts',
  node: 'src/node/index.ts',
  testing: 'src/testing/index.ts',
  undici: 'src/undici/index.ts',
  redis: 'src/redis/index.ts',
};
// Folders whose public types reach users through the main entry.
const shared =
  /[\\/]src[\\/](client|errors|types|topics|methods|keyboard|updates|throttle|webapp|store|registry|dedupe|index\.ts)/;

for (const [name, input] of Object.entries(entries)) {
  const bundle = await rollup({
    input,
    plugins: [
      name === 'index'
        ? undefined
        : {
            name: 'main-entry-types',
            resolveId(source, importer) {
              if (!importer || !source.startsWith('.')) return null;
              const target = resolve(dirname(importer), source);
              return target.startsWith(src) && shared.test(target) ? { id: './index.js', external: true } : null;
            },
          },
      dts({ respectExternal: true, tsconfig: 'tsconfig.json' }),
    ],
    external: (id) => id === 'undici' || id === 'redis' || id.startsWith('node:') || id === './index.js',
    onwarn(warning, warn) {
      if (warning.code !== 'UNUSED_EXTERNAL_IMPORT') warn(warning);
    },
  });
  await bundle.write({ file: `dist/${name}.d.ts`, format: 'es' });
  await bundle.close();
  const text = await readFile(`dist/${name}.d.ts`, 'utf8');
  // The CJS types import the CJS flavour of the main entry's types.
  await writeFile(`dist/${name}.d.cts`, text.replaceAll("from './index.js'", "from './index.cjs'"));
}
