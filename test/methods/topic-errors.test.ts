import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fixtureProgram } from '../helpers/fixtureProgram.js';

// What the compiler says when a topic method gets a numeric chat_id without message_thread_id:
// the message names the missing field, not a chat_id mismatch (the issue this guards against).
// Each call is compiled on its own line of a file built here, against the sources.

const METHODS = [
  'editForumTopic',
  'closeForumTopic',
  'reopenForumTopic',
  'deleteForumTopic',
  'unpinAllForumTopicMessages',
] as const;

const root = resolve(import.meta.dirname, '../..');
const entry = resolve(root, 'test/fixtures/topic-errors.ts');
const source = [
  `import { createClient, ${METHODS.join(', ')} } from '../../src/index.js';`,
  "const client = createClient({ token: '123:abc' });",
  ...METHODS.map((m) => `void ${m}(client, { chat_id: -1001234567890 });`),
  'void closeForumTopic(client, { chat_id: -1001234567890, message_thread_id: 42 });',
  "void closeForumTopic(client, { chat_id: '-1001234567890*42' });",
].join('\n');

const program = fixtureProgram(entry, source, {
  strict: true,
  exactOptionalPropertyTypes: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
  noEmit: true,
});

/** Each diagnostic of the fixture: its line (0-based) and its whole message chain. */
const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(entry)).map((d) => ({
  line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1,
  text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
}));

describe('the type error of a topic method without a topic', () => {
  it.each(METHODS.map((method, i) => [method, i + 2] as const))('%s names message_thread_id', (_, line) => {
    const errors = diagnostics.filter((d) => d.line === line);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.text).toMatch(/Property 'message_thread_id' is missing/);
    expect(errors[0]?.text).not.toMatch(/Type 'number' is not assignable to type 'string'/);
  });

  it('is the only kind of error in the file: the calls with a topic compile', () => {
    expect(diagnostics.filter((d) => d.line < 2 || d.line >= METHODS.length + 2)).toEqual([]);
  });
});
