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
  // The lists follow "By domain:"; the old names come before it.
  const lists = section.slice(section.search(/By\s+domain:/));
  const listed = [...lists.matchAll(/`([a-z][A-Za-z]+)`/g)].map((match) => match[1]!);
  expect(listed.sort()).toEqual([...createEmulator().methods]);
  expect(section).toContain(`the ${createEmulator().methods.length} methods`);
});
