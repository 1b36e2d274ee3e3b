// docs/testing.md lists the emulated methods by domain: the list must be emulator.methods, exactly.
import { readFileSync } from 'node:fs';
import { createEmulator } from 'telegram-forum/testing';
import { expect, it } from 'vitest';

it('docs/testing.md lists exactly the methods the emulator implements', () => {
  const doc = readFileSync(new URL('../../docs/testing.md', import.meta.url), 'utf8');
  const section = doc.slice(
    doc.indexOf('## Which methods are emulated'),
    doc.indexOf('Every other method of the Bot API'),
  );
  const listed = [...section.matchAll(/^- [^:]+:([^]*?)(?=^- |$(?![^]))/gm)].flatMap((match) =>
    [...match[1]!.matchAll(/`([A-Za-z]+)`/g)].map((name) => name[1]!),
  );
  expect(listed.sort()).toEqual([...createEmulator().methods]);
  expect(section).toContain(`the ${createEmulator().methods.length} methods`);
});
