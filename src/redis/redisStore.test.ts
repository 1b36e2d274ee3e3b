import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedis } from '../../test/helpers/redisServer.js';
import { describeStore } from '../../test/helpers/storeSuite.js';
import { createTopicRegistry } from '../registry/createTopicRegistry.js';
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

describe('the topic registry on Redis', () => {
  it('two instances learning the same topic at once keep the newest state', async () => {
    const other = createClient({ url: server.url });
    await other.connect();
    try {
      const prefix = 'registry:';
      const a = createTopicRegistry({ store: createRedisStore({ client, prefix }) });
      const b = createTopicRegistry({ store: createRedisStore({ client: other, prefix }) });
      const chat = { id: -100777, type: 'supergroup', title: 'F', is_forum: true };
      const event = (message_id: number, fields: Record<string, unknown>) =>
        ({
          update_id: message_id,
          message: { message_id, date: 1, chat, message_thread_id: 10, is_topic_message: true, ...fields },
        }) as never;
      await a.learn(event(10, { forum_topic_created: { name: 'Start', icon_color: 0x6fb9f0 } }));
      // 40 renames and closes/reopens, split over both instances, all at once.
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => {
          const id = 11 + i;
          const fields =
            i % 2 === 0
              ? { forum_topic_edited: { name: `Name ${id}` } }
              : { [i % 4 === 1 ? 'forum_topic_closed' : 'forum_topic_reopened']: {} };
          return (i % 3 === 0 ? a : b).learn(event(id, fields));
        }),
      );
      // The newest rename was message 49; the newest close/reopen was message 50 (i = 39: reopened).
      expect(await b.get(-100777, 10)).toMatchObject({ name: 'Name 49', is_closed: false });
      expect((await a.findByName(-100777, 'Name 49')).map((t) => t.message_thread_id)).toEqual([10]);
      expect(await a.findByName(-100777, 'Start')).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
