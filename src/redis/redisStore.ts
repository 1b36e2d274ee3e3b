import { ValidationError } from '../errors/errors.js';
import { checkKey, checkSet, checkWindows } from '../store/check.js';
import type { RateDecision, RateWindow, SharedStore, StoreDeleteOptions, StoreSetOptions } from '../store/types.js';
import { DELETE_IF_VALUE, SET_IF_VALUE, TAKE } from './scripts.js';

/**
 * The part of a Redis client the store uses: node-redis's `sendCommand` (a client from
 * `createClient()` of the `redis` package, v5 or later, connected). Any other client fits
 * through a one-line adapter, e.g. ioredis: `{ sendCommand: (args) => redis.call(...args) }`.
 */
export interface RedisCommands {
  /**
   * Sends one command and resolves with Redis's reply (RESP2 or RESP3 shapes).
   * @param args - the command name and its arguments
   */
  sendCommand(args: string[]): Promise<unknown>;
}

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** A connected client: `createClient({ url })` from the `redis` package, after `await client.connect()`. */
  client: RedisCommands;
  /**
   * Put before every key, so that several bots or apps can share one Redis. Default
   * `"telegram-forum:"`. On Redis Cluster use a hash tag (`"{bot1}:"`): a throttle check
   * touches several keys, which must live in one slot.
   */
  prefix?: string | undefined;
}

const number = (reply: unknown): number => (typeof reply === 'number' ? reply : Number(reply));

/**
 * A {@link SharedStore} on Redis (5.0 or later), for bots that run as several processes or
 * machines: the topic registry, `ensureTopic`'s claims, the shared throttle's windows and the
 * update de-duplication then hold across all of them.
 *
 * Conditional writes and rate windows run as Lua scripts (one round trip each, atomic on the
 * server); rate windows use the server's clock, so that instances with drifting clocks agree.
 * The client stays yours: connect it before use and close it when the bot stops.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis';
 * import { createTopicRegistry } from 'telegram-forum';
 * import { createRedisStore } from 'telegram-forum/redis';
 *
 * const redis = await createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }).connect();
 * const store = createRedisStore({ client: redis, prefix: 'support-bot:' });
 * const registry = createTopicRegistry({ store });
 * ```
 * @param options - the connected client and a key prefix
 * @returns the store
 * @throws ValidationError when the client has no `sendCommand` or the prefix is not a string
 */
export function createRedisStore(options: RedisStoreOptions): SharedStore {
  const client = options?.client;
  if (typeof client?.sendCommand !== 'function') {
    throw new ValidationError('client must be a connected node-redis client (with sendCommand)', {
      method: 'createRedisStore',
      field: 'client',
    });
  }
  const prefix = options.prefix ?? 'telegram-forum:';
  if (typeof prefix !== 'string') {
    throw new ValidationError('prefix must be a string', { method: 'createRedisStore', field: 'prefix' });
  }
  const send = (args: string[]) => client.sendCommand(args);
  const loaded = new Map<string, Promise<string>>();
  // Unique members for the windows' sorted sets: a random instance id and a counter.
  const instance = Math.random().toString(36).slice(2, 10);
  let counter = 0;

  const load = (script: string, again = false): Promise<string> => {
    let sha = again ? undefined : loaded.get(script);
    if (!sha) {
      sha = send(['SCRIPT', 'LOAD', script]).then(String);
      loaded.set(script, sha);
      sha.catch(() => loaded.delete(script));
    }
    return sha;
  };

  /** EVALSHA, loading the script first; once more after a NOSCRIPT (Redis restarted or flushed). */
  const run = async (script: string, keys: string[], args: string[]): Promise<unknown> => {
    const call = async (again: boolean) =>
      send(['EVALSHA', await load(script, again), String(keys.length), ...keys, ...args]);
    try {
      return await call(false);
    } catch (error) {
      if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
      return call(true);
    }
  };

  return {
    async get(key: string) {
      checkKey('store.get', key);
      const reply = await send(['GET', prefix + key]);
      return reply === null || reply === undefined ? undefined : String(reply);
    },
    async set(key: string, value: string, setOptions?: StoreSetOptions) {
      checkSet(key, value, setOptions);
      const ttl = setOptions?.ttlMs;
      if (setOptions?.ifValue !== undefined) {
        return number(await run(SET_IF_VALUE, [prefix + key], [setOptions.ifValue, value, String(ttl ?? 0)])) === 1;
      }
      const args = ['SET', prefix + key, value];
      if (ttl !== undefined) args.push('PX', String(ttl));
      if (setOptions?.ifAbsent) args.push('NX');
      const reply = await send(args);
      return reply !== null && reply !== undefined;
    },
    async delete(key: string, deleteOptions?: StoreDeleteOptions) {
      checkKey('store.delete', key);
      if (deleteOptions?.ifValue !== undefined) {
        return number(await run(DELETE_IF_VALUE, [prefix + key], [deleteOptions.ifValue])) === 1;
      }
      return number(await send(['DEL', prefix + key])) === 1;
    },
    async take(windows: readonly RateWindow[]): Promise<RateDecision> {
      checkWindows(windows);
      const args: string[] = [];
      for (const w of windows) args.push(String(w.limit), String(w.ms));
      args.push(`${instance}:${++counter}`);
      const reply = (await run(
        TAKE,
        windows.map((w) => prefix + w.key),
        args,
      )) as unknown[];
      const wait = number(reply[0]);
      return wait > 0 ? { ok: false, waitMs: Math.ceil(wait), window: number(reply[1]) } : { ok: true };
    },
  };
}
