import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // The main entry for Node (the `node` export condition): the Node transport is the default.
    'index.node': 'src/node/main.ts',
    node: 'src/node/index.ts',
    testing: 'src/testing/index.ts',
    undici: 'src/undici/index.ts',
    redis: 'src/redis/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['undici', 'redis', /^node:/],
  // Keep the `node:` prefix: a bare 'http' would hide a Node import from the browser check.
  removeNodeProtocol: false,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
});
