/**
 * A shared store on Redis (`telegram-forum/redis`), for bots that run as several instances:
 * pass it to `createTopicRegistry`, `throttle` and `dedupeUpdates`. Works with a connected
 * client of the `redis` package (node-redis, an optional peer dependency).
 * @module
 */
export { createRedisStore, type RedisCommands, type RedisStoreOptions } from './redisStore.js';
