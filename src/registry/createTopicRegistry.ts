import type { Transformer } from '../client/types.js';
import { ValidationError } from '../errors/errors.js';
import { createMemoryStore } from '../store/memoryStore.js';
import type { SharedStore } from '../store/types.js';
import { learnCall, learnError, learnUpdate } from './learn.js';
import * as records from './records.js';
import type { KnownTopic, TopicRegistry, TopicRegistryOptions } from './types.js';

const fail = (method: string, field: string, message: string) =>
  new ValidationError(message, { method: `registry.${method}`, field });

/** @internal */
export function checkChat(method: string, chat: unknown): asserts chat is number {
  if (!Number.isSafeInteger(chat) || chat === 0) {
    throw fail(method, 'chat_id', 'chat_id must be a chat id (a non-zero integer; the registry keys topics by id)');
  }
}

/** @internal */
export function checkThread(method: string, thread: unknown): asserts thread is number {
  if (!Number.isSafeInteger(thread) || (thread as number) <= 0) {
    throw fail(method, 'message_thread_id', 'message_thread_id must be a positive integer');
  }
}

/** @internal */
export function checkKey(method: string, key: unknown): asserts key is string {
  if (typeof key !== 'string' || key === '' || key.length > 256) {
    throw fail(method, 'key', 'key must be a string of 1 to 256 characters');
  }
}

/**
 * Creates a {@link TopicRegistry}: the forum topics a bot has seen, kept in a store that all
 * its instances can share, with lookups by id, by name and by the caller's key. See
 * `ensureTopic` for find-or-create by key.
 *
 * @example
 * ```ts
 * import { createClient, createTopicRegistry, pollUpdates } from 'telegram-forum';
 *
 * const registry = createTopicRegistry();
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc' }).use(registry.observe);
 * for await (const update of pollUpdates(client, { signal: AbortSignal.timeout(10_000) })) {
 *   await registry.learn(update);
 * }
 * console.log(await registry.findByName(-1001234567890, 'Support'));
 * ```
 * @param options - the store (default: in memory) and an error callback for `observe`
 * @returns the registry
 * @throws ValidationError when `store` lacks one of the store operations
 */
export function createTopicRegistry(options: TopicRegistryOptions = {}): TopicRegistry {
  const store: SharedStore = options.store ?? createMemoryStore();
  for (const op of ['get', 'set', 'delete', 'take'] as const) {
    if (typeof store?.[op] !== 'function') {
      throw new ValidationError(`store must implement ${op}()`, { method: 'createTopicRegistry', field: 'store' });
    }
  }
  const onError =
    options.onError ??
    ((error: unknown) => console.warn('telegram-forum: the topic registry could not record a call:', error));
  const report = (task: Promise<void>) =>
    task.catch((error: unknown) => {
      try {
        onError(error);
      } catch {}
    });

  const observe: Transformer = async (next, method, params, callOptions) => {
    let result: unknown;
    try {
      result = await next(method, params, callOptions);
    } catch (error) {
      await report(learnError(store, method, params, error));
      throw error;
    }
    await report(learnCall(store, method, params, result));
    return result;
  };

  const get = async (chat_id: number, message_thread_id: number): Promise<KnownTopic | undefined> => {
    checkChat('get', chat_id);
    checkThread('get', message_thread_id);
    const record = records.readTopic(await store.get(records.keys.topic(chat_id, message_thread_id)));
    return records.toKnown(chat_id, message_thread_id, record);
  };

  return {
    store,
    observe,
    learn: (update) => learnUpdate(store, update),
    get,
    async findByName(chat_id, name) {
      checkChat('findByName', chat_id);
      if (typeof name !== 'string' || name === '') throw fail('findByName', 'name', 'name must be a non-empty string');
      const ids = await records.idsNamed(store, chat_id, name);
      const found = await Promise.all(ids.map((id) => get(chat_id, id)));
      const stale = ids.filter((_, i) => found[i]?.name !== name);
      if (stale.length > 0) await records.pruneName(store, chat_id, name, stale);
      return found
        .filter((t): t is KnownTopic => t?.name === name)
        .sort((a, b) => a.message_thread_id - b.message_thread_id);
    },
    async findByKey(chat_id, key) {
      checkChat('findByKey', chat_id);
      checkKey('findByKey', key);
      const thread = Number(await store.get(records.keys.key(chat_id, key)));
      return Number.isSafeInteger(thread) && thread > 0 ? get(chat_id, thread) : undefined;
    },
    async general(chat_id) {
      checkChat('general', chat_id);
      return records.toKnownGeneral(chat_id, records.readGeneral(await store.get(records.keys.general(chat_id))));
    },
    async remember(chat_id, topic) {
      checkChat('remember', chat_id);
      checkThread('remember', topic?.message_thread_id);
      if (typeof topic.name !== 'string' || topic.name === '') {
        throw fail('remember', 'name', 'topic.name must be a non-empty string');
      }
      await records.created(store, chat_id, topic.message_thread_id, topic);
      const known = await get(chat_id, topic.message_thread_id);
      // A tombstone wins: the topic was deleted already.
      return known ?? { chat_id, message_thread_id: topic.message_thread_id, name: topic.name, is_closed: false };
    },
    async markDeleted(chat_id, message_thread_id) {
      checkChat('markDeleted', chat_id);
      checkThread('markDeleted', message_thread_id);
      await records.deleted(store, chat_id, message_thread_id);
    },
  };
}
