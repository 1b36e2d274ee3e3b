import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every method module links its Bot API section, so the API reference does too.
const dir = resolve(import.meta.dirname, '../src/methods');
const modules = readdirSync(dir).filter((f) => /^[a-z]\w+\.ts$/.test(f) && !['index.ts', 'checks.ts'].includes(f));

describe('method modules', () => {
  it.each(modules)('%s links https://core.telegram.org/bots/api#<method>', (file) => {
    const name = file.replace(/\.ts$/, '');
    const text = readFileSync(join(dir, file), 'utf8');
    const anchor = name === 'downloadFile' ? 'getfile' : name.toLowerCase();
    expect(text).toContain(`@see https://core.telegram.org/bots/api#${anchor}`);
  });
});
