import { resolve } from 'node:path';
import ts from 'typescript';

/**
 * A TypeScript program whose one root file, `entry`, exists only in memory with `source` as its
 * text (every other file is read from disk): for tests that read what the compiler says about
 * code built in the test.
 */
export function fixtureProgram(entry: string, source: string, options: ts.CompilerOptions): ts.Program {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile;
  host.readFile = (file) => (resolve(file) === entry ? source : readFile(file));
  const fileExists = host.fileExists;
  host.fileExists = (file) => resolve(file) === entry || fileExists(file);
  return ts.createProgram({ rootNames: [entry], options, host });
}
