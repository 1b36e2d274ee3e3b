import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A source file (not a test) under `dir`, as a path. */
const isSource = (file: string) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file);

/**
 * The source files under `dir`, tests left out; `skip` names folders (paths relative to `dir`)
 * not to enter.
 */
export function sourceFiles(dir: string, skip: readonly string[] = []): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name);
      if (entry.isDirectory()) return skip.includes(relative(dir, path).replace(/\\/g, '/')) ? [] : walk(path);
      return isSource(path) ? [path] : [];
    });
  return walk(dir);
}

/** What one file imports: files (relative to the graph's root, `.ts`) and packages. */
export interface Imports {
  files: string[];
  packages: string[];
}

/**
 * The import graph of `files`, read with the TypeScript compiler's own pre-parser: static,
 * type-only and dynamic imports and re-exports all count. Keys and file targets are paths
 * relative to `root` with `/` separators.
 */
export function importGraph(files: readonly string[], root: string): Map<string, Imports> {
  const id = (path: string) => relative(root, path).replace(/\\/g, '/');
  const graph = new Map<string, Imports>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const imports: Imports = { files: [], packages: [] };
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('.')) imports.files.push(id(resolve(dirname(file), fileName.replace(/\.js$/, '.ts'))));
      else imports.packages.push(fileName);
    }
    graph.set(id(file), imports);
  }
  return graph;
}

/** Every cycle of a graph found by a depth-first walk, each as the path that closes it. */
export function findCycles(edges: ReadonlyMap<string, Iterable<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}
