import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedis } from '../../test/helpers/redisServer.js';
import { describeStore } from '../../test/helpers/storeSuite.js';
import { createRedisStore } from './redisStore.js';

let server: RedisServer;
let client: ReturnType<typeof createClient>;
let stores = 0;

beforeAll(async () => {
  server = await startRedis();
  client = createClient({ url: server.url });
  await client.connect();
}, 20_000);

afterAll(async () => {
  await client?.close();
  await server?.stop();
});

// Each store gets its own prefix, so the contract's tests do not see each other's keys.
describeStore('redis', () => createRedisStore({ client, prefix: `t${++stores}:` }));

describe('createRedisStore', () => {
  it('keeps stores with different prefixes apart, and writes under the prefix', async () => {
    const a = createRedisStore({ client, prefix: 'app-a:' });
    const b = createRedisStore({ client, prefix: 'app-b:' });
    await a.set('k', 'from a');
    expect(await b.get('k')).toBeUndefined();
    expect(await client.get('app-a:k')).toBe('from a');
    expect(await client.get('telegram-forum:k')).toBeNull();
    await createRedisStore({ client }).set('k', 'default prefix');
    expect(await client.get('telegram-forum:k')).toBe('default prefix');
  });

  it('loads its scripts again after SCRIPT FLUSH (NOSCRIPT)', async () => {
    const store = createRedisStore({ client, prefix: 'flush:' });
    await store.set('k', 'v1');
    expect(await store.set('k', 'v2', { ifValue: 'v1' })).toBe(true);
    await client.sendCommand(['SCRIPT', 'FLUSH']);
    expect(await store.set('k', 'v3', { ifValue: 'v2' })).toBe(true);
    expect(await store.take([{ key: 'w', limit: 1, ms: 1000 }])).toEqual({ ok: true });
    await client.sendCommand(['SCRIPT', 'FLUSH']);
    expect(await store.take([{ key: 'w', limit: 1, ms: 1000 }])).toMatchObject({ ok: false, window: 0 });
  });

  it('windows expire in Redis once idle, so they leave no garbage', async () => {
    const store = createRedisStore({ client, prefix: 'ttl:' });
    await store.take([{ key: 'w', limit: 5, ms: 2000 }]);
    const ttl = Number(await client.sendCommand(['PTTL', 'ttl:w']));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2000);
  });

  it('passes Redis errors through', async () => {
    const store = createRedisStore({ client, prefix: 'err:' });
    await client.sendCommand(['LPUSH', 'err:list', 'x']);
    await expect(store.get('list')).rejects.toThrow(/WRONGTYPE/);
  });

  it('refuses a missing client or a bad prefix', () => {
    expect(() => createRedisStore({} as never)).toThrow(expect.objectContaining({ field: 'client' }));
    expect(() => createRedisStore({ client, prefix: 1 as never })).toThrow(
      expect.objectContaining({ field: 'prefix' }),
    );
  });
});
