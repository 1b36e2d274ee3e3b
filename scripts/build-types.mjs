// Bundles the declaration files, one self-contained .d.ts / .d.cts per entry point.
// The Bot API types come from a declaration package at build time and are inlined here,
// so the published package has no dependency for them.
import { copyFile } from 'node:fs/promises';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const entries = { index: 'src/index.ts', testing: 'src/testing/index.ts', undici: 'src/undici/index.ts' };

for (const [name, input] of Object.entries(entries)) {
  const bundle = await rollup({
    input,
    plugins: [dts({ respectExternal: true, tsconfig: 'tsconfig.json' })],
    external: (id) => id === 'undici' || id.startsWith('node:'),
    onwarn(warning, warn) {
      if (warning.code !== 'UNUSED_EXTERNAL_IMPORT') warn(warning);
    },
  });
  await bundle.write({ file: `dist/${name}.d.ts`, format: 'es' });
  await bundle.close();
  await copyFile(`dist/${name}.d.ts`, `dist/${name}.d.cts`);
}
