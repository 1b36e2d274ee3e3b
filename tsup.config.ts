import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    undici: 'src/undici/index.ts',
    redis: 'src/redis/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['undici', 'redis', /^node:/],
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
});
