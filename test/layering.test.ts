import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles as cycles, importGraph, sourceFiles } from './helpers/importGraph.js';

// The import graph of src/ (type-only imports and re-exports included), read with the
// TypeScript compiler's own pre-parser. The emulator (src/testing) is its own world and left out.
const src = join(resolve(import.meta.dirname, '..'), 'src');
/** file (relative to src/) → the files and packages it imports. */
const graph = importGraph(sourceFiles(src, ['testing']), src);
/** The folder a file belongs to: `client`, `types`, … (`.` for src/index.ts). */
const folder = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

/** Everything reachable from `start`. */
function reach(start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.get(file)?.files ?? []));
  }
  return seen;
}

describe('the import graph of src/ (src/testing aside)', () => {
  it('reads every source file and resolves every relative import to one', () => {
    expect(graph.size).toBeGreaterThan(40);
    const dangling = [...graph].flatMap(([file, { files }]) =>
      files.filter((f) => !graph.has(f)).map((f) => `${file} → ${f}`),
    );
    expect(dangling).toEqual([]);
  });

  it('has no cycle between files', () => {
    const edges = new Map([...graph].map(([file, { files }]) => [file, new Set(files)]));
    expect(cycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, { files }] of graph) {
      const from = folder(file);
      const to = edges.get(from) ?? new Set();
      for (const target of files) if (folder(target) !== from) to.add(folder(target));
      edges.set(from, to);
    }
    expect(cycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('keeps src/types free of the rest of the library', () => {
    const outside = [...graph]
      .filter(([file]) => folder(file) === 'types')
      .flatMap(([file, { files }]) => files.filter((f) => folder(f) !== 'types').map((f) => `${file} → ${f}`));
    expect(outside).toEqual([]);
  });

  it('imports node:* only in the Node transport and the undici adapter', () => {
    const users = [...graph]
      .filter(([, { packages }]) => packages.some((p) => p.startsWith('node:')))
      .map(([file]) => folder(file));
    expect(new Set(users)).toEqual(new Set(['node']));
    for (const [file, { packages }] of graph) {
      if (!['node', 'undici'].includes(folder(file)))
        expect(
          packages.filter((p) => p !== '@grammyjs/types'),
          file,
        ).toEqual([]);
    }
  });

  it('keeps the Node transport, undici and the emulator out of the main entry', () => {
    const main = [...reach('index.ts')];
    expect(main.filter((file) => ['node', 'undici', 'testing'].includes(folder(file)))).toEqual([]);
    // The Node build is the main entry plus the Node transport, and nothing else.
    const nodeBuild = [...reach('node/main.ts')].filter((file) => !main.includes(file));
    expect(nodeBuild.sort()).toEqual(['client/transport.ts', 'node/createClient.ts', 'node/fetch.ts', 'node/main.ts']);
  });
});
