import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fixtureProgram } from './helpers/fixtureProgram.js';

// Every type the Bot API declaration package exports is importable by name from 'telegram-forum'
// (`import type { ChatMemberAdministrator } from 'telegram-forum'`), and the ones that hold files
// are specialised to our uploads. Read with the compiler, from the sources the package is built from.

const root = resolve(import.meta.dirname, '..');
const entry = resolve(root, 'test/fixtures/types-exports.ts');
const source = `import type * as Theirs from '@grammyjs/types';\nimport type * as Ours from '../../src/index.js';\n`;
const program = fixtureProgram(entry, source, {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const file = program.getSourceFile(entry);
if (!file) throw new Error('the fixture did not load');

/** The exports of the module an import of the fixture names, by name. */
function exportsOf(index: number): Map<string, ts.Symbol> {
  const statement = file?.statements[index] as ts.ImportDeclaration;
  const module = checker.getSymbolAtLocation(statement.moduleSpecifier);
  if (!module) throw new Error('module not found');
  return new Map(checker.getExportsOfModule(module).map((s) => [s.name, s]));
}

/** The type parameters of an exported type alias or interface (after following re-exports). */
function typeParameters(symbol: ts.Symbol): string[] {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target.declarations?.[0];
  if (declaration && (ts.isTypeAliasDeclaration(declaration) || ts.isInterfaceDeclaration(declaration))) {
    return declaration.typeParameters?.map((p) => p.name.text) ?? [];
  }
  return [];
}

const theirs = exportsOf(0);
const ours = exportsOf(1);

describe('Bot API types from the package entry', () => {
  it('export every type name of the declaration package', () => {
    expect(theirs.size).toBeGreaterThan(400);
    expect([...theirs.keys()].filter((name) => !ours.has(name))).toEqual([]);
  });

  it('are the package types themselves, except ApiError, which is our error class', () => {
    const replaced = [...theirs.keys()].filter((name) => {
      const symbol = ours.get(name);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const fromPackage = target?.declarations?.some((d) => d.getSourceFile().fileName.includes('@grammyjs/types'));
      return !fromPackage && typeParameters(theirs.get(name) as ts.Symbol).length === 0;
    });
    expect(replaced).toEqual(['ApiError']);
  });

  it('specialise every type that takes a file type, so none is left generic in it', () => {
    const generic = [...theirs.keys()].filter((name) => typeParameters(theirs.get(name) as ts.Symbol).includes('F'));
    expect(generic.length).toBeGreaterThan(30);
    expect(generic.filter((name) => typeParameters(ours.get(name) as ts.Symbol).length > 0)).toEqual([]);
    // The result envelopes stay generic in their result type.
    expect(typeParameters(ours.get('ApiResponse') as ts.Symbol)).toEqual(['T']);
  });
});
