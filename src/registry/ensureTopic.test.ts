import { afterEach, describe, expect, it } from 'vitest';
import type { Client, Transformer } from '../client/types.js';
import { isApiError } from '../errors/errors.js';
import { createMemoryStore } from '../store/memoryStore.js';
import type { SharedStore } from '../store/types.js';
import { createEmulator, type Emulator } from '../testing/index.js';
import { createTopicRegistry } from './createTopicRegistry.js';
import { ensureTopic, isTopicClaimError } from './ensureTopic.js';
import { keys } from './records.js';

let emulator: Emulator;
afterEach(() => emulator?.close());

/** Counts the Bot API calls a client makes, by method. */
function counting(client: Client) {
  const calls: string[] = [];
  const count: Transformer = (next, method, params, options) => {
    calls.push(method);
    return next(method, params, options);
  };
  client.use(count);
  return { client, calls, count: (method: string) => calls.filter((m) => m === method).length };
}

/** A view of one store through a new object: a second "process" (no shared in-process flights). */
const view = (store: SharedStore): SharedStore => ({
  get: (key) => store.get(key),
  set: (key, value, options) => store.set(key, value, options),
  delete: (key, options) => store.delete(key, options),
  take: (windows) => store.take(windows),
});

function setup() {
  emulator = createEmulator();
  const chat = emulator.createForum();
  const store = createMemoryStore();
  const registry = createTopicRegistry({ store });
  const { client, count } = counting(emulator.client().use(registry.observe));
  const named = (name: string) => emulator.topics(chat.id).filter((t) => t.name === name);
  return { chat_id: chat.id, store, registry, client, count, named, other: emulator.client() };
}

describe('ensureTopic', () => {
  it('creates the topic once, then finds it with one store read and no Bot API call', async () => {
    const { chat_id, registry, client, count } = setup();
    const first = await ensureTopic(client, registry, {
      chat_id,
      key: 'customer:1',
      name: 'ACME',
      icon_color: 0xff93b2,
    });
    expect(first).toMatchObject({ chat_id, name: 'ACME', icon_color: 0xff93b2, is_closed: false, outcome: 'created' });
    const again = await ensureTopic(client, registry, { chat_id, key: 'customer:1', name: 'ignored' });
    expect(again).toEqual({ ...first, outcome: 'existing' });
    expect(count('createForumTopic')).toBe(1);
    expect(await registry.findByKey(chat_id, 'customer:1')).toMatchObject({
      message_thread_id: first.message_thread_id,
    });
    expect(await registry.findByKey(chat_id, 'customer:2')).toBeUndefined();
    expect(emulator.topics(chat_id).map((t) => t.name)).toEqual(['General', 'ACME']);
  });

  it('50 concurrent calls in one process, 10 keys: 10 topics, one "created" per key', async () => {
    const { chat_id, registry, client, count, named } = setup();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        ensureTopic(client, registry, { chat_id, key: `k${i % 10}`, name: `Topic ${i % 10}` }),
      ),
    );
    expect(count('createForumTopic')).toBe(10);
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(10);
    for (let k = 0; k < 10; k++) {
      expect(named(`Topic ${k}`)).toHaveLength(1);
      expect(new Set(results.filter((_, i) => i % 10 === k).map((r) => r.message_thread_id)).size).toBe(1);
    }
  });

  it('registries in two "processes" sharing a store create each key once', async () => {
    const { chat_id, store, named } = setup();
    const instances = [0, 1, 2].map(() => {
      const registry = createTopicRegistry({ store: view(store) });
      return { registry, ...counting(emulator.client().use(registry.observe)) };
    });
    const results = await Promise.all(
      instances.flatMap(({ registry, client }) =>
        Array.from({ length: 20 }, (_, i) =>
          ensureTopic(client, registry, { chat_id, key: `k${i % 4}`, name: `T${i % 4}` }),
        ),
      ),
    );
    expect(instances.reduce((sum, i) => sum + i.count('createForumTopic'), 0)).toBe(4);
    for (let k = 0; k < 4; k++) expect(named(`T${k}`)).toHaveLength(1);
    expect(new Set(results.map((r) => r.message_thread_id)).size).toBe(4);
  });

  it('reopens a closed topic', async () => {
    const { chat_id, registry, client } = setup();
    const { message_thread_id } = await ensureTopic(client, registry, { chat_id, key: 'incident', name: 'Incident' });
    await client.call('closeForumTopic', { chat_id, message_thread_id });
    const reopened = await ensureTopic(client, registry, { chat_id, key: 'incident', name: 'Incident' });
    expect(reopened).toMatchObject({ message_thread_id, is_closed: false, outcome: 'reopened' });
    expect(emulator.topics(chat_id).find((t) => t.message_thread_id === message_thread_id)?.is_closed).toBe(false);
    expect(await registry.get(chat_id, message_thread_id)).toMatchObject({ is_closed: false });
  });

  it('takes TOPIC_NOT_MODIFIED on reopening as "already open"', async () => {
    const { chat_id, registry, client, other } = setup();
    const { message_thread_id } = await ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' });
    await client.call('closeForumTopic', { chat_id, message_thread_id });
    await other.call('reopenForumTopic', { chat_id, message_thread_id }); // unseen by the registry
    const found = await ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' });
    expect(found).toMatchObject({ message_thread_id, is_closed: false, outcome: 'existing' });
    expect(await registry.get(chat_id, message_thread_id)).toMatchObject({ is_closed: false });
  });

  it('recreates a topic deleted behind its back, once a send found it gone', async () => {
    const { chat_id, registry, client, other, named } = setup();
    const old = await ensureTopic(client, registry, { chat_id, key: 'build:42', name: 'Build 42' });
    await other.call('deleteForumTopic', { chat_id, message_thread_id: old.message_thread_id });
    await expect(
      client.call('sendMessage', { chat_id, message_thread_id: old.message_thread_id, text: 'x' }),
    ).rejects.toThrow('message thread not found');
    const fresh = await ensureTopic(client, registry, { chat_id, key: 'build:42', name: 'Build 42' });
    expect(fresh.outcome).toBe('recreated');
    expect(fresh.message_thread_id).not.toBe(old.message_thread_id);
    expect(named('Build 42')).toHaveLength(1);
    expect((await registry.findByKey(chat_id, 'build:42'))?.message_thread_id).toBe(fresh.message_thread_id);
  });

  it('recreates a closed topic that turns out deleted when reopening it', async () => {
    const { chat_id, registry, client, other } = setup();
    const old = await ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' });
    await client.call('closeForumTopic', { chat_id, message_thread_id: old.message_thread_id });
    await other.call('deleteForumTopic', { chat_id, message_thread_id: old.message_thread_id });
    const fresh = await ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' });
    expect(fresh.outcome).toBe('recreated');
    expect(await registry.get(chat_id, old.message_thread_id)).toBeUndefined();
  });

  it('releases the claim and surfaces the error when createForumTopic fails', async () => {
    emulator = createEmulator();
    const forum = emulator.createForum({ rights: { can_manage_topics: false } });
    const store = createMemoryStore();
    const registry = createTopicRegistry({ store });
    const client = emulator.client();
    const error = await ensureTopic(client, registry, { chat_id: forum.id, key: 'k', name: 'K' }).catch(
      (e: unknown) => e,
    );
    expect(isApiError(error) && error.description).toBe('Bad Request: not enough rights to create a topic');
    expect(await store.get(keys.claim(forum.id, 'k'))).toBeUndefined();
    expect(await store.get(keys.key(forum.id, 'k'))).toBeUndefined();
    // With the right granted, the next call creates at once: nothing waits for a stale claim.
    emulator.setRights(forum.id, { can_manage_topics: true });
    const started = Date.now();
    await expect(ensureTopic(client, registry, { chat_id: forum.id, key: 'k', name: 'K' })).resolves.toMatchObject({
      outcome: 'created',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('takes over the claim of a creator that died, once its lease ran out', async () => {
    const { chat_id, store, registry, client, named } = setup();
    // A creator claimed the key and died: nothing renews its claim.
    await store.set(keys.claim(chat_id, 'k'), 'dead-creator', { ifAbsent: true, ttlMs: 300 });
    const started = Date.now();
    const topic = await ensureTopic(client, registry, { chat_id, key: 'k', name: 'After crash' });
    expect(topic.outcome).toBe('created');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(named('After crash')).toHaveLength(1);
  });

  it('keeps renewing its lease while createForumTopic is slow, so nobody else creates', async () => {
    const { chat_id, store, named } = setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowRegistry = createTopicRegistry({ store: view(store) });
    const slow = emulator.client().use(async (next, method, params, options) => {
      if (method === 'createForumTopic') await gate;
      return next(method, params, options);
    });
    const first = ensureTopic(slow, slowRegistry, { chat_id, key: 'k', name: 'Slow' }, { leaseMs: 240 });
    await new Promise((resolve) => setTimeout(resolve, 800)); // over three lifetimes of the lease
    const registry = createTopicRegistry({ store: view(store) });
    const second = ensureTopic(emulator.client(), registry, { chat_id, key: 'k', name: 'Slow' }, { leaseMs: 240 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(a.outcome).toBe('created');
    expect(b).toMatchObject({ message_thread_id: a.message_thread_id, outcome: 'existing' });
    expect(named('Slow')).toHaveLength(1);
  });

  it('when its lease ran out mid-creation and another creator won, deletes its own copy and returns the winner', async () => {
    const { chat_id, store, named } = setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // This instance cannot reach the store to renew its lease (renewals fail), and its
    // createForumTopic hangs until the gate opens.
    const cutOff: SharedStore = {
      ...view(store),
      set: (key, value, options) =>
        options?.ifValue !== undefined && key.includes(':claim:')
          ? Promise.reject(new Error('store unreachable'))
          : store.set(key, value, options),
    };
    const lateRegistry = createTopicRegistry({ store: cutOff });
    const late = counting(
      emulator.client().use(async (next, method, params, options) => {
        if (method === 'createForumTopic') await gate;
        return next(method, params, options);
      }),
    );
    const lateCall = ensureTopic(late.client, lateRegistry, { chat_id, key: 'k', name: 'Once' }, { leaseMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 250)); // its lease has expired
    const registry = createTopicRegistry({ store: view(store) });
    const winner = await ensureTopic(
      emulator.client(),
      registry,
      { chat_id, key: 'k', name: 'Once' },
      { leaseMs: 100 },
    );
    expect(winner.outcome).toBe('created');
    release();
    const lateResult = await lateCall;
    expect(lateResult).toMatchObject({ message_thread_id: winner.message_thread_id, outcome: 'existing' });
    // It did create a second topic (the request was already under way) and deleted it again.
    expect(late.count('createForumTopic')).toBe(1);
    expect(late.count('deleteForumTopic')).toBe(1);
    expect(named('Once')).toHaveLength(1);
    expect((await registry.findByKey(chat_id, 'k'))?.message_thread_id).toBe(winner.message_thread_id);
  });

  it('rejects with a TopicClaimError when another creator holds the key longer than waitMs', async () => {
    const { chat_id, store, registry, client } = setup();
    await store.set(keys.claim(chat_id, 'k'), 'busy', { ifAbsent: true, ttlMs: 10_000 });
    const error = await ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' }, { waitMs: 150 }).catch(
      (e) => e,
    );
    expect(isTopicClaimError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'TopicClaimError', chat_id, key: 'k' });
    expect(isTopicClaimError(new Error('x'))).toBe(false);
  });

  it('stops waiting when the signal aborts, without disturbing the other callers', async () => {
    const { chat_id, store, registry, client } = setup();
    await store.set(keys.claim(chat_id, 'k'), 'busy', { ifAbsent: true, ttlMs: 300 });
    const controller = new AbortController();
    const aborted = ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' }, { signal: controller.signal });
    const patient = ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' });
    controller.abort(new Error('user gave up'));
    await expect(aborted).rejects.toThrow('user gave up');
    await expect(patient).resolves.toMatchObject({ name: 'K' });
    await expect(
      ensureTopic(
        client,
        registry,
        { chat_id, key: 'k', name: 'K' },
        { signal: AbortSignal.abort(new Error('early')) },
      ),
    ).rejects.toThrow('early');
  });

  it('trusts a key whose topic record the store lost', async () => {
    const { chat_id, store, registry, client, count } = setup();
    const topic = await ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' });
    await store.delete(keys.topic(chat_id, topic.message_thread_id));
    await expect(ensureTopic(client, registry, { chat_id, key: 'k', name: 'K' })).resolves.toMatchObject({
      message_thread_id: topic.message_thread_id,
      outcome: 'existing',
    });
    expect(count('createForumTopic')).toBe(1);
  });

  it('rejects bad parameters before any call', async () => {
    const { chat_id, registry, client, count } = setup();
    const bad: Array<[Record<string, unknown>, Record<string, unknown>, string]> = [
      [{ chat_id: '@forum', key: 'k', name: 'N' }, {}, 'chat_id'],
      [{ chat_id, key: '', name: 'N' }, {}, 'key'],
      [{ chat_id, key: 'x'.repeat(257), name: 'N' }, {}, 'key'],
      [{ chat_id, key: 'k', name: ' ' }, {}, 'name'],
      [{ chat_id, key: 'k', name: 'n'.repeat(129) }, {}, 'name'],
      [{ chat_id, key: 'k', name: 'N' }, { leaseMs: 0 }, 'leaseMs'],
      [{ chat_id, key: 'k', name: 'N' }, { waitMs: -1 }, 'waitMs'],
    ];
    for (const [params, options, field] of bad) {
      await expect(ensureTopic(client, registry, params as never, options)).rejects.toMatchObject({
        name: 'ValidationError',
        field,
      });
    }
    await expect(ensureTopic(client, {} as never, { chat_id, key: 'k', name: 'N' })).rejects.toMatchObject({
      field: 'registry',
    });
    expect(count('createForumTopic')).toBe(0);
  });
});
