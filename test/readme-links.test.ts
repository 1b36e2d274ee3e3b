import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is the package's page on npm, where a relative link leads nowhere: every link is
// absolute, and those into this repository point at files that exist on its main branch.
const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const REPO = 'https://github.com/telegram-forum/telegram-forum';

describe('package links', () => {
  it('package.json names the repository, its home page and where to report bugs', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPO}.git` });
    expect(pkg.homepage).toBe(`${REPO}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPO}/issues` });
  });

  it('the README links only absolute URLs (or anchors)', () => {
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !/^(https:\/\/|#)/.test(l))).toEqual([]);
  });

  it("the README's links into the repository name files that exist", () => {
    const own = [...readme.matchAll(/\]\((https:\/\/github\.com\/telegram-forum\/telegram-forum\/[^)\s]+)\)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(own.length).toBeGreaterThan(5);
    for (const link of own) {
      const path = link.replace(`${REPO}/blob/main/`, '').replace(/#.*$/, '');
      expect(link.startsWith(`${REPO}/blob/main/`), link).toBe(true);
      expect(existsSync(join(root, path)), link).toBe(true);
    }
  });
});
