import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memoryStore.js';
import type { SharedStore } from '../store/types.js';
import type { Update } from '../types/botApi.js';
import { webhookHandler } from '../updates/webhookHandler.js';
import { dedupeUpdates, isUpdateInProgressError } from './dedupeUpdates.js';

const update = (update_id: number) => ({ update_id }) as Update;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('dedupeUpdates', () => {
  it('handles an update once and acknowledges its copies', async () => {
    const handled: number[] = [];
    const duplicates: number[] = [];
    const onUpdate = dedupeUpdates((u) => void handled.push(u.update_id), {
      onDuplicate: (u) => duplicates.push(u.update_id),
    });
    for (const id of [1, 2, 1, 3, 2, 1]) await onUpdate(update(id));
    expect(handled).toEqual([1, 2, 3]);
    expect(duplicates).toEqual([1, 2, 1]);
  });

  it('two instances sharing a store: the copy waits for the first and is not handled', async () => {
    const store = createMemoryStore();
    const handled: string[] = [];
    const instance = (name: string) =>
      dedupeUpdates(
        async (u: Update) => {
          await sleep(100);
          handled.push(`${name}:${u.update_id}`);
        },
        { store },
      );
    const [a, b] = [instance('a'), instance('b')];
    const started = Date.now();
    await Promise.all([a(update(7)), b(update(7)), a(update(8)), b(update(8))]);
    expect(handled.sort()).toEqual(['a:7', 'a:8']);
    // The copies resolved only after the first instance had finished.
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('lets a failed update be handled again, and passes the error through', async () => {
    let calls = 0;
    const onUpdate = dedupeUpdates(() => {
      calls++;
      if (calls === 1) throw new Error('handler failed');
    });
    await expect(onUpdate(update(1))).rejects.toThrow('handler failed');
    await onUpdate(update(1));
    await onUpdate(update(1));
    expect(calls).toBe(2);
  });

  it('a copy waiting for an instance whose handler fails handles the update itself', async () => {
    const store = createMemoryStore();
    const handled: string[] = [];
    const failing = dedupeUpdates(
      async () => {
        await sleep(60);
        throw new Error('boom');
      },
      { store },
    );
    const healthy = dedupeUpdates((u: Update) => void handled.push(`healthy:${u.update_id}`), { store });
    const first = failing(update(5)).catch((e: unknown) => e);
    await sleep(10);
    await healthy(update(5));
    expect(await first).toEqual(new Error('boom'));
    expect(handled).toEqual(['healthy:5']);
  });

  it('takes over from an instance that died mid-handling once its lease ran out', async () => {
    const store = createMemoryStore();
    // The dead instance's claim: nobody renews it.
    await store.set('updates:bot:9', 'dead-instance', { ifAbsent: true, ttlMs: 150 });
    const handled: number[] = [];
    const started = Date.now();
    await dedupeUpdates((u: Update) => void handled.push(u.update_id), { store })(update(9));
    expect(handled).toEqual([9]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
  });

  it('keeps its lease while a slow handler runs', async () => {
    const store = createMemoryStore();
    let calls = 0;
    const slow = dedupeUpdates(
      async () => {
        calls++;
        await sleep(800);
      },
      { store, leaseMs: 240 },
    );
    const first = slow(update(3));
    await sleep(600);
    await slow(update(3)); // arrives after several lease lifetimes: still waits, not handled
    await first;
    expect(calls).toBe(1);
  });

  it('gives up waiting after waitMs with an UpdateInProgressError (a webhook answers 500)', async () => {
    const store = createMemoryStore();
    await store.set('updates:bot:4', 'busy-instance', { ifAbsent: true, ttlMs: 10_000 });
    const error = await dedupeUpdates(() => {}, { store, waitMs: 100 })(update(4)).catch((e: unknown) => e);
    expect(isUpdateInProgressError(error)).toBe(true);
    expect(error).toMatchObject({
      update_id: 4,
      message: 'update 4 was still being handled by another instance after 100 ms',
    });
    expect(isUpdateInProgressError(new Error('x'))).toBe(false);
  });

  it('forgets handled ids after windowMs, and keeps namespaces apart', async () => {
    const store = createMemoryStore();
    const handled: string[] = [];
    const one = dedupeUpdates((u: Update) => void handled.push(`one:${u.update_id}`), { store, windowMs: 50 });
    const two = dedupeUpdates((u: Update) => void handled.push(`two:${u.update_id}`), {
      store,
      namespace: 'other-bot',
    });
    await one(update(1));
    await two(update(1));
    await one(update(1));
    await sleep(80);
    await one(update(1));
    expect(handled).toEqual(['one:1', 'two:1', 'one:1']);
  });

  it('passes store errors through, so nothing is acknowledged unhandled', async () => {
    const store: SharedStore = { ...createMemoryStore(), set: () => Promise.reject(new Error('store down')) };
    let calls = 0;
    await expect(dedupeUpdates(() => void calls++, { store })(update(1))).rejects.toThrow('store down');
    expect(calls).toBe(0);
  });

  it('checks its arguments', async () => {
    expect(() => dedupeUpdates('x' as never)).toThrow(expect.objectContaining({ field: 'onUpdate' }));
    expect(() => dedupeUpdates(() => {}, { store: {} as SharedStore })).toThrow(
      expect.objectContaining({ field: 'store' }),
    );
    expect(() => dedupeUpdates(() => {}, { windowMs: 0 })).toThrow(expect.objectContaining({ field: 'windowMs' }));
    expect(() => dedupeUpdates(() => {}, { leaseMs: 2 })).toThrow(expect.objectContaining({ field: 'leaseMs' }));
    expect(() => dedupeUpdates(() => {}, { waitMs: 1.5 })).toThrow(expect.objectContaining({ field: 'waitMs' }));
    expect(() => dedupeUpdates(() => {}, { namespace: '' })).toThrow(expect.objectContaining({ field: 'namespace' }));
    await expect(dedupeUpdates(() => {})({} as Update)).rejects.toMatchObject({ field: 'update_id' });
  });

  it('as onUpdate of two webhook handlers: the same delivery is handled once, both answer 200', async () => {
    const store = createMemoryStore();
    const handled: number[] = [];
    const instance = () =>
      webhookHandler({
        secretToken: 'secret',
        onUpdate: dedupeUpdates((u: Update) => void handled.push(u.update_id), { store }),
      });
    const [a, b] = [instance(), instance()];
    const request = () =>
      new Request('https://bot.example/hook', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'secret' },
        body: JSON.stringify({ update_id: 42, message: { message_id: 1, date: 1, chat: { id: 1, type: 'private' } } }),
      });
    const answers = await Promise.all([a(request()), b(request()), a(request())]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(handled).toEqual([42]);
  });
});
