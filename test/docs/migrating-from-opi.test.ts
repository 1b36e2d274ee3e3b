import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

// The migration guide names a telegram-forum function for each OPI function: every one it names
// exists in the package, and none is marked as still to come.
const guide = readFileSync(resolve(import.meta.dirname, '../../docs/migrating-from-opi.md'), 'utf8');

describe('docs/migrating-from-opi.md', () => {
  it('names only functions the package exports', () => {
    const named = [...new Set([...guide.matchAll(/`([a-z][A-Za-z]+)\(/g)].map((m) => m[1] ?? ''))];
    expect(named.length).toBeGreaterThan(40);
    const exported = api as unknown as Record<string, unknown>;
    expect(named.filter((name) => typeof exported[name] !== 'function')).toEqual([]);
  });

  it('marks nothing as planned', () => {
    expect(guide).not.toMatch(/planned/i);
  });
});
