import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles as cycles, importGraph, sourceFiles } from '../../test/helpers/importGraph.js';
import { FAILURES } from './failures.js';

/**
 * The emulator's layout, checked on its sources: the import graph of src/testing (type imports
 * and dynamic imports included) has no cycle, dependencies run one way between the layers, only
 * the dispatcher imports the handler tables, no source file is over 400 lines, and every entry
 * of the failure table is used.
 */
const root = dirname(fileURLToPath(import.meta.url));

const files = sourceFiles(root);
/** Module (path relative to src/testing, no extension) → the src/testing modules it imports. */
const graph = new Map(
  [...importGraph(files, root)].map(([file, { files: targets }]) => [
    file.replace(/\.ts$/, ''),
    targets.filter((target) => !target.startsWith('..')).map((target) => target.replace(/\.ts$/, '')),
  ]),
);
const layer = (module: string) => (module.includes('/') ? module.slice(0, module.indexOf('/')) : module);

describe('emulator layout', () => {
  it('finds the modules and their imports (the walk itself works)', () => {
    expect(graph.get('emulator')).toEqual(expect.arrayContaining(['handlers/dispatch', 'http/serve', 'state/world']));
    expect(graph.get('http/serve')).toContain('handlers/context'); // a type-only import counts too
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no import cycle, type imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  // What each layer may import (besides itself and the leaf modules every layer may use).
  // `server/` is where pure modules of the official server's rules go (entities, markup, names).
  const LEAVES = ['args', 'failures', 'flood', 'markup', 'types', 'refs', 'otherSide', 'server'];
  const ALLOWED: Record<string, string[]> = {
    state: [],
    delivery: ['state'],
    handlers: ['state', 'delivery'],
    http: ['state', 'delivery', 'handlers'],
    users: ['state', 'delivery'],
    emulator: ['state', 'delivery', 'handlers', 'http', 'users'],
    index: ['emulator'],
    ...Object.fromEntries(LEAVES.map((leaf) => [leaf, ['state']])),
  };

  it('runs dependencies one way: state ← delivery ← handlers ← http, users ← emulator', () => {
    const wrong: string[] = [];
    for (const [module, targets] of graph) {
      const from = layer(module);
      for (const target of targets) {
        const to = layer(target);
        if (to === from || LEAVES.includes(to)) continue;
        if (!(ALLOWED[from] ?? []).includes(to)) wrong.push(`${module} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets only the dispatcher import the handler tables', () => {
    const support = [
      'handlers/context',
      'handlers/dispatch',
      'handlers/resolve',
      'handlers/sending',
      'handlers/common',
      'handlers/media',
      'handlers/permissions',
    ];
    const tables = [...graph.keys()].filter((m) => m.startsWith('handlers/') && !support.includes(m));
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const [module, targets] of graph) {
      for (const table of tables) if (targets.includes(table)) expect(module).toBe('handlers/dispatch');
    }
  });

  it('keeps every source file under 400 lines', () => {
    const long = files
      .map((file) => [relative(root, file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
  });

  it('uses every entry of the failure table', () => {
    const code = files
      .filter((file) => !file.endsWith('failures.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(FAILURES).filter((name) => !code.includes(`'${name}'`));
    expect(unused).toEqual([]);
  });
});
