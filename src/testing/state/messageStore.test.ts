import { describe, expect, it } from 'vitest';
import { MessageStore } from './messageStore.js';

describe('MessageStore: the Map operations the emulator uses', () => {
  it('stores, reads, replaces and deletes by id, and counts', () => {
    const store = new MessageStore<string>();
    expect(store.size).toBe(0);
    expect(store.set(2, 'two')).toBe(store);
    store.set(3, 'three');
    store.set(3, 'three again');
    expect(store.size).toBe(2);
    expect(store.get(3)).toBe('three again');
    expect(store.has(2)).toBe(true);
    expect(store.has(1)).toBe(false);
    expect(store.delete(2)).toBe(true);
    expect(store.delete(2)).toBe(false);
    expect(store.size).toBe(1);
    expect(store.get(2)).toBeUndefined();
  });

  it('answers undefined for ids that cannot be stored', () => {
    const store = new MessageStore<string>();
    store.set(1, 'one');
    for (const id of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 40]) {
      expect(store.get(id)).toBeUndefined();
      expect(store.has(id)).toBe(false);
      expect(store.delete(id)).toBe(false);
    }
  });

  it('refuses to store at an id that is not a 32-bit message id', () => {
    const store = new MessageStore<string>();
    for (const id of [-1, 1.5, Number.NaN, 2 ** 31]) expect(() => store.set(id, 'x')).toThrow(RangeError);
    expect(store.size).toBe(0);
  });

  it('iterates in id order, skipping deleted ids, like a Map filled in that order', () => {
    const store = new MessageStore<string>();
    const map = new Map<number, string>();
    for (const id of [2, 3, 4, 5, 6]) {
      store.set(id, `m${id}`);
      map.set(id, `m${id}`);
    }
    store.delete(4);
    map.delete(4);
    expect([...store]).toEqual([...map]);
    expect([...store.entries()]).toEqual([...map.entries()]);
    expect([...store.values()]).toEqual([...map.values()]);
  });

  it('lets a loop delete what it visits, as a Map does', () => {
    const store = new MessageStore<number>();
    for (let id = 1; id <= 6; id++) store.set(id, id % 2);
    for (const [id, odd] of store) if (odd === 1) store.delete(id);
    expect([...store.values()]).toEqual([0, 0, 0]);
    expect(store.size).toBe(3);
  });
});
