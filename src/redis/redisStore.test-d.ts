import { createClient, createClientPool } from 'redis';
import { describe, expectTypeOf, it } from 'vitest';
import type { SharedStore } from '../store/types.js';
import { createRedisStore, type RedisCommands, type RedisStoreOptions } from './index.js';

describe('telegram-forum/redis types', () => {
  it('takes a node-redis client or pool as it is, and gives a SharedStore', () => {
    expectTypeOf(createClient()).toExtend<RedisCommands>();
    expectTypeOf(createClientPool()).toExtend<RedisCommands>();
    expectTypeOf(createRedisStore).parameter(0).toEqualTypeOf<RedisStoreOptions>();
    expectTypeOf(createRedisStore({ client: createClient() })).toEqualTypeOf<SharedStore>();
    // @ts-expect-error a client is required
    createRedisStore({ prefix: 'x:' });
  });
});
