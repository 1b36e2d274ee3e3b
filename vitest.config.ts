import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^telegram-forum$/, replacement: src('index.ts') },
      { find: /^telegram-forum\/testing$/, replacement: src('testing/index.ts') },
      { find: /^telegram-forum\/undici$/, replacement: src('undici/index.ts') },
      { find: /^telegram-forum\/node$/, replacement: src('node/index.ts') },
      { find: /^telegram-forum\/redis$/, replacement: src('redis/index.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Property and flow tests take seconds on a loaded 2-core machine; a hang still fails.
          testTimeout: 20_000,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/package/**', 'test/bench/**', '**/node_modules/**'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: { name: 'package', include: ['test/package/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
      },
    ],
  },
});
