import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/createClient.js';
import type { Update } from '../../src/types/botApi.js';
import { type FaultServer, startFaultServer } from './faultServer.js';
import { mix, pick, prng } from './prng.js';

const TOKEN = '424242:AAFault-Server_test';
let server: FaultServer | undefined;
afterEach(() => server?.close());

describe('seeded PRNG', () => {
  it('repeats a sequence for a seed and differs across seeds', () => {
    const a = prng(7);
    const b = prng(7);
    const c = prng(8);
    const seqA = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(seqA);
    expect(Array.from({ length: 100 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(seqA).size).toBe(100);
  });

  it('mixes keys into distinct seeds and picks by weight', () => {
    expect(mix(1, 'a')).not.toBe(mix(1, 'b'));
    expect(mix(1, 'a')).not.toBe(mix(2, 'a'));
    const random = prng(3);
    const counts = { rare: 0, common: 0 };
    for (let i = 0; i < 1000; i++) counts[pick(random, { rare: 1, common: 9 })]++;
    expect(counts.common).toBeGreaterThan(counts.rare * 4);
  });
});

describe('fault server', () => {
  it('gives each logical call a bounded fault sequence, then success', async () => {
    server = await startFaultServer({
      seed: 11,
      faultRate: 1,
      maxFaultsInRow: 2,
      weights: {
        reset: 0,
        html502: 1,
        truncated: 0,
        slow: 0,
        flood: 0,
        floodLong: 0,
      },
    });
    const client = createClient({ token: TOKEN, apiRoot: server.url, retry: { maxAttempts: 3, baseDelayMs: 0 } });
    await expect(client.call('getChat', { chat_id: 5 })).resolves.toMatchObject({ id: 5 });
    expect(server.attempts.get('5')?.map((a) => a.fault)).toEqual(['html502', 'html502', undefined]);
    expect(server.faults.html502).toBe(2);
  });

  it('serves getUpdates from a queue, confirming by offset', async () => {
    server = await startFaultServer({ seed: 1, faultRate: 0, updates: 5 });
    const client = createClient({ token: TOKEN, apiRoot: server.url, retry: false });
    const ids = (updates: Update[]) => updates.map((u) => u.update_id);
    expect(ids(await client.call('getUpdates', { limit: 2 }))).toEqual([1, 2]);
    // Not confirmed yet: the same two again.
    expect(ids(await client.call('getUpdates', { limit: 2 }))).toEqual([1, 2]);
    expect(ids(await client.call('getUpdates', { offset: 3, limit: 10 }))).toEqual([3, 4, 5]);
    expect(server.confirmed()).toBe(2);
    expect(ids(await client.call('getUpdates', { offset: 6 }))).toEqual([]);
    expect(server.confirmed()).toBe(5);
    expect([...server.deliveries]).toEqual([
      [1, 2],
      [2, 2],
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
  });

  it('injects at most maxFaultsInRow getUpdates faults in a row', async () => {
    server = await startFaultServer({
      seed: 2,
      faultRate: 1,
      maxFaultsInRow: 3,
      updates: 1,
      weights: {
        reset: 1,
        html502: 1,
        truncated: 1,
        slow: 0,
        flood: 0,
        floodLong: 0,
      },
    });
    const client = createClient({ token: TOKEN, apiRoot: server.url, retry: false });
    const results: string[] = [];
    for (let i = 0; i < 8; i++) {
      results.push(
        await client.call('getUpdates').then(
          () => 'ok',
          (e: Error) => e.name,
        ),
      );
    }
    expect(results.map((r) => r === 'ok')).toEqual([false, false, false, true, false, false, false, true]);
    expect(results.filter((r) => r !== 'ok').every((r) => /^(NetworkError|ResponseError)$/.test(r))).toBe(true);
  });
});
