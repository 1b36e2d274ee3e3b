// The SharedStore contract as one table of tests, run against every store we ship (memory,
// Redis). A store written for Postgres or a Durable Object can run the same suite.
import { describe, expect, it } from 'vitest';
import type { SharedStore } from '../../src/store/types.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param name - the store's name in the test titles
 * @param make - a fresh, empty store (distinct keyspace) per call
 */
export function describeStore(name: string, make: () => SharedStore | Promise<SharedStore>): void {
  describe(`SharedStore contract: ${name}`, () => {
    it('reads what was written; absent keys read as undefined', async () => {
      const store = await make();
      expect(await store.get('a')).toBeUndefined();
      expect(await store.set('a', 'one')).toBe(true);
      expect(await store.get('a')).toBe('one');
      expect(await store.set('a', 'two')).toBe(true);
      expect(await store.get('a')).toBe('two');
      expect(await store.set('empty', '')).toBe(true);
      expect(await store.get('empty')).toBe('');
      expect(await store.set('ünï:cødé', '{"x":"✓"}')).toBe(true);
      expect(await store.get('ünï:cødé')).toBe('{"x":"✓"}');
    });

    it('ifAbsent writes only the first time', async () => {
      const store = await make();
      expect(await store.set('claim', 'a', { ifAbsent: true })).toBe(true);
      expect(await store.set('claim', 'b', { ifAbsent: true })).toBe(false);
      expect(await store.get('claim')).toBe('a');
    });

    it('ifValue compares and sets; an absent key never matches', async () => {
      const store = await make();
      expect(await store.set('k', 'x', { ifValue: '' })).toBe(false);
      expect(await store.get('k')).toBeUndefined();
      await store.set('k', 'v1');
      expect(await store.set('k', 'v2', { ifValue: 'wrong' })).toBe(false);
      expect(await store.get('k')).toBe('v1');
      expect(await store.set('k', 'v2', { ifValue: 'v1' })).toBe(true);
      expect(await store.get('k')).toBe('v2');
    });

    it('an entry with ttlMs expires, and can then be claimed again', async () => {
      const store = await make();
      expect(await store.set('lease', 'holder', { ifAbsent: true, ttlMs: 60 })).toBe(true);
      expect(await store.set('lease', 'other', { ifAbsent: true, ttlMs: 60 })).toBe(false);
      await sleep(120);
      expect(await store.get('lease')).toBeUndefined();
      expect(await store.set('lease', 'other', { ifAbsent: true, ttlMs: 60 })).toBe(true);
      // A compare-and-set can renew the lifetime.
      expect(await store.set('lease', 'other', { ifValue: 'other', ttlMs: 10_000 })).toBe(true);
      await sleep(120);
      expect(await store.get('lease')).toBe('other');
      // Without ttlMs the entry stays.
      await store.set('forever', 'x');
      await sleep(20);
      expect(await store.get('forever')).toBe('x');
    });

    it('delete, also only when the value still matches', async () => {
      const store = await make();
      expect(await store.delete('none')).toBe(false);
      await store.set('k', 'mine');
      expect(await store.delete('k', { ifValue: 'theirs' })).toBe(false);
      expect(await store.get('k')).toBe('mine');
      expect(await store.delete('k', { ifValue: 'mine' })).toBe(true);
      expect(await store.get('k')).toBeUndefined();
      await store.set('k2', 'x');
      expect(await store.delete('k2')).toBe(true);
      expect(await store.delete('k2')).toBe(false);
    });

    it('50 concurrent claims: exactly one wins', async () => {
      const store = await make();
      const wins = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.set('race', `c${i}`, { ifAbsent: true, ttlMs: 5000 })),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect(await store.get('race')).toBe(`c${wins.indexOf(true)}`);
    });

    it('compare-and-set loops lose no increment under concurrency', async () => {
      const store = await make();
      await store.set('n', '0');
      const increment = async () => {
        for (let i = 0; i < 200; i++) {
          const seen = (await store.get('n'))!;
          if (await store.set('n', String(Number(seen) + 1), { ifValue: seen })) return;
        }
        throw new Error('no progress in 200 tries');
      };
      await Promise.all(Array.from({ length: 20 }, increment));
      expect(await store.get('n')).toBe('20');
    });

    it('take: a window lets limit events through, then says how long to wait', async () => {
      const store = await make();
      const w = [{ key: 'w', limit: 3, ms: 300 }];
      for (let i = 0; i < 3; i++) expect(await store.take(w)).toEqual({ ok: true });
      const refused = await store.take(w);
      expect(refused).toMatchObject({ ok: false, window: 0 });
      const waitMs = (refused as { waitMs: number }).waitMs;
      expect(waitMs).toBeGreaterThan(0);
      expect(waitMs).toBeLessThanOrEqual(300);
      await sleep(waitMs + 30);
      expect(await store.take(w)).toEqual({ ok: true });
    });

    it('take is all or nothing, and names the window that must wait longest', async () => {
      const store = await make();
      const short = { key: 'short', limit: 1, ms: 200 };
      const long = { key: 'long', limit: 1, ms: 5000 };
      const wide = { key: 'wide', limit: 3, ms: 5000 };
      expect(await store.take([short, wide])).toEqual({ ok: true });
      // short is full: nothing is recorded in wide.
      expect(await store.take([wide, short])).toMatchObject({ ok: false, window: 1 });
      expect(await store.take([wide])).toEqual({ ok: true });
      expect(await store.take([wide])).toEqual({ ok: true });
      expect(await store.take([wide])).toMatchObject({ ok: false, window: 0 });
      expect(await store.take([long])).toEqual({ ok: true });
      const both = await store.take([short, long]);
      expect(both).toMatchObject({ ok: false, window: 1 });
      expect((both as { waitMs: number }).waitMs).toBeGreaterThan(1000);
    });

    it('take under concurrency never lets more than the limit through', async () => {
      const store = await make();
      const w = [
        { key: 'global', limit: 7, ms: 10_000 },
        { key: 'chat', limit: 100, ms: 10_000 },
      ];
      const results = await Promise.all(Array.from({ length: 40 }, () => store.take(w)));
      expect(results.filter((r) => r.ok)).toHaveLength(7);
    });

    it('rejects bad arguments with a ValidationError', async () => {
      const store = await make();
      const bad = [
        () => store.set('', 'x'),
        () => store.set('k', 1 as unknown as string),
        () => store.set('k', 'x', { ttlMs: 0 }),
        () => store.set('k', 'x', { ttlMs: 1.5 }),
        () => store.set('k', 'x', { ifAbsent: true, ifValue: 'y' }),
        () => store.get(''),
        () => store.delete(''),
        () => store.take([]),
        () => store.take([{ key: 'w', limit: 0, ms: 10 }]),
        () => store.take([{ key: 'w', limit: 1, ms: Number.NaN }]),
      ];
      for (const call of bad) {
        await expect(call()).rejects.toMatchObject({ name: 'ValidationError' });
      }
    });
  });
}
