import { describe, expect, it } from 'vitest';
import { describeStore } from '../../test/helpers/storeSuite.js';
import { createMemoryStore } from './memoryStore.js';

describeStore('memory', () => createMemoryStore());

describe('createMemoryStore', () => {
  it('follows an injected clock for lifetimes and windows', async () => {
    let now = 1000;
    const store = createMemoryStore({ now: () => now });
    await store.set('k', 'v', { ttlMs: 100 });
    now += 99;
    expect(await store.get('k')).toBe('v');
    now += 1;
    expect(await store.get('k')).toBeUndefined();
    const w = [{ key: 'w', limit: 2, ms: 1000 }];
    expect(await store.take(w)).toEqual({ ok: true });
    now += 400;
    expect(await store.take(w)).toEqual({ ok: true });
    expect(await store.take(w)).toEqual({ ok: false, waitMs: 600, window: 0 });
    now += 600;
    expect(await store.take(w)).toEqual({ ok: true });
    expect(await store.take(w)).toEqual({ ok: false, waitMs: 400, window: 0 });
  });

  it('stays correct while it sweeps expired entries and idle windows', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    for (let i = 0; i < 3000; i++) {
      await store.set(`k${i}`, 'v', { ttlMs: 10 });
      await store.take([{ key: `w${i}`, limit: 1, ms: 10 }]);
      now += 1;
    }
    // Entries that expired long ago are gone, recent ones are still there.
    expect(await store.get('k0')).toBeUndefined();
    expect(await store.get('k2999')).toBe('v');
  });
});
