import { sleep } from '../client/retry.js';
import type { Client } from '../client/types.js';
import { isApiError, isTelegramError, TelegramError, ValidationError } from '../errors/errors.js';
import { createForumTopic } from '../methods/createForumTopic.js';
import { deleteForumTopic } from '../methods/deleteForumTopic.js';
import { reopenForumTopic } from '../methods/reopenForumTopic.js';
import { claim, type Lease } from '../store/lease.js';
import type { SharedStore } from '../store/types.js';
import type { Params } from '../types/methods.js';
import { checkChat, checkKey } from './createTopicRegistry.js';
import { isTopicGoneError } from './learn.js';
import * as records from './records.js';
import type { KnownTopic, TopicRegistry } from './types.js';

/** What {@link ensureTopic} needs: where, the caller's key, and how to create the topic. */
export interface EnsureTopicParams {
  /** The forum (or private chat with topics), by numeric id. */
  chat_id: number;
  /** Your key for the topic (a customer, an incident, a build): 1-256 characters. */
  key: string;
  /** The name to create the topic with (1-128 characters). An existing topic keeps its name. */
  name: string;
  /** Icon colour when the topic is created. */
  icon_color?: Params<'createForumTopic'>['icon_color'];
  /** Icon custom emoji when the topic is created (from `getForumTopicIconStickers`). */
  icon_custom_emoji_id?: string | undefined;
}

/** Options of {@link ensureTopic}. */
export interface EnsureTopicOptions {
  /** Stops waiting (the call rejects with the signal's reason); a creation under way completes. */
  signal?: AbortSignal | undefined;
  /**
   * Lifetime of the creation claim in ms, renewed every third of it while the creator lives.
   * A creator that crashed blocks the key for at most this long. Default 15,000.
   */
  leaseMs?: number | undefined;
  /** How long to wait for another instance's creation before rejecting with a `TopicClaimError`. Default 60,000. */
  waitMs?: number | undefined;
}

/** The result of {@link ensureTopic}: the topic, and what this call did to get it. */
export interface EnsuredTopic extends KnownTopic {
  /**
   * `existing`: it was there, open (or another call of this process created it at the same
   * time); `created`: this call created it; `reopened`: it was closed and this call reopened
   * it; `recreated`: it had been deleted and this call created it anew.
   */
  outcome: 'existing' | 'created' | 'reopened' | 'recreated';
}

/** Another instance held the creation claim of a key for longer than `waitMs`. */
export class TopicClaimError extends TelegramError {
  /** Always `"TopicClaimError"`, also in minified builds. */
  override name = 'TopicClaimError';
  /** The chat. */
  declare readonly chat_id: number;
  /** The key whose topic is still being created. */
  declare readonly key: string;

  /**
   * @param chat_id - the chat
   * @param key - the key
   * @param waitMs - how long the call waited
   */
  constructor(chat_id: number, key: string, waitMs: number) {
    super(
      `ensureTopic: the topic for key "${key}" in chat ${chat_id} was still being created elsewhere after ${waitMs} ms`,
    );
    this.chat_id = chat_id;
    this.key = key;
  }
}

/**
 * True for a {@link TopicClaimError}, from either build.
 * @param error - anything caught
 * @returns whether it is a `TopicClaimError`
 */
export const isTopicClaimError = (error: unknown): error is TopicClaimError =>
  isTelegramError(error) && error.name === 'TopicClaimError';

// Calls of this process for the same store, chat and key share one flight.
const flights = new WeakMap<SharedStore, Map<string, Promise<EnsuredTopic>>>();

const positiveInt = (value: unknown, field: string, fallback: number, min: number): number => {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && (value as number) >= min)) {
    throw new ValidationError(`${field} must be an integer of at least ${min}`, { method: 'ensureTopic', field });
  }
  return value as number;
};

/**
 * Finds the topic kept for `key` in a chat, or creates it: the one call a support desk, an
 * incident room or a CI bot needs to map its own keys to forum topics.
 *
 * - A known, open topic is returned at once (one store read, no Bot API call).
 * - A closed one is reopened; a deleted one (Telegram said its thread is not found) is created anew.
 * - **Exactly one creation per key**, among concurrent calls of one process (they share one
 *   flight) and of all processes that share the registry's store: the creator holds an atomic
 *   claim with a lease (`leaseMs`), renewed while it works, so a crashed creator blocks the key
 *   for at most `leaseMs`; the others wait (up to `waitMs`) and then return its topic.
 * - If a creator's lease ran out while its `createForumTopic` was in flight (the store was
 *   unreachable for longer than `leaseMs`) and another instance created the topic meanwhile,
 *   the late creator deletes its own copy and returns the other one: one topic per key survives.
 * - When `createForumTopic` fails, the claim is released at once and the error is thrown.
 *
 * Use a client with `registry.observe` so that a topic deleted behind the bot's back is noticed
 * at the next send into it; the next `ensureTopic` then recreates it.
 *
 * @example
 * ```ts
 * import { createClient, createTopicRegistry, ensureTopic, sendMessage } from 'telegram-forum';
 *
 * const registry = createTopicRegistry();
 * const client = createClient({ token: process.env.BOT_TOKEN ?? '123:abc' }).use(registry.observe);
 * const chat_id = -1001234567890;
 * const topic = await ensureTopic(client, registry, { chat_id, key: 'customer:4711', name: 'ACME Corp' });
 * await sendMessage(client, { chat_id, message_thread_id: topic.message_thread_id, text: 'New ticket' });
 * ```
 * @param client - the client to create and reopen topics with
 * @param registry - the registry whose store keeps keys, topics and claims
 * @param params - `chat_id`, `key`, `name`, and the icon for a creation
 * @param options - `signal`, `leaseMs`, `waitMs`
 * @returns the topic, with `outcome`
 * @throws ValidationError for bad parameters, the `ApiError` of a failed creation or reopening,
 *   `TopicClaimError` after `waitMs`
 */
export function ensureTopic(
  client: Client,
  registry: TopicRegistry,
  params: EnsureTopicParams,
  options: EnsureTopicOptions = {},
): Promise<EnsuredTopic> {
  try {
    checkChat('ensureTopic', params?.chat_id);
    checkKey('ensureTopic', params.key);
    if (typeof params.name !== 'string' || params.name.trim() === '' || [...params.name].length > 128) {
      throw new ValidationError('name must be 1-128 characters', { method: 'ensureTopic', field: 'name' });
    }
    const store = registry?.store;
    if (typeof store?.get !== 'function') {
      throw new ValidationError('registry must come from createTopicRegistry', {
        method: 'ensureTopic',
        field: 'registry',
      });
    }
    const leaseMs = positiveInt(options.leaseMs, 'leaseMs', 15_000, 3);
    const waitMs = positiveInt(options.waitMs, 'waitMs', 60_000, 0);
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);

    let perStore = flights.get(store);
    if (!perStore) {
      perStore = new Map();
      flights.set(store, perStore);
    }
    const id = `${params.chat_id}:${params.key}`;
    let flight = perStore.get(id);
    let joined = true;
    if (!flight) {
      joined = false;
      const map = perStore;
      flight = run(client, store, params, leaseMs, waitMs).finally(() => map.delete(id));
      map.set(id, flight);
    }
    const mine = joined ? flight.then((topic): EnsuredTopic => ({ ...topic, outcome: 'existing' })) : flight;
    if (!signal) return mine;
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      mine.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  } catch (error) {
    return Promise.reject(error);
  }
}

async function run(
  client: Client,
  store: SharedStore,
  params: EnsureTopicParams,
  leaseMs: number,
  waitMs: number,
): Promise<EnsuredTopic> {
  const { chat_id, key } = params;
  const keyKey = records.keys.key(chat_id, key);
  const deadline = Date.now() + waitMs;
  let pause = 10;
  for (let round = 0; ; round++) {
    if (round > 0 && Date.now() > deadline) throw new TopicClaimError(chat_id, key, waitMs);
    const mapped = await store.get(keyKey);
    const thread = Number(mapped);
    if (mapped !== undefined && Number.isSafeInteger(thread) && thread > 0) {
      const found = await useExisting(client, store, chat_id, thread, params.name);
      if (found) return found;
    }
    const lease = await claim(store, records.keys.claim(chat_id, key), leaseMs);
    if (lease) {
      try {
        // Another creator may have finished between our read and our claim.
        if ((await store.get(keyKey)) !== mapped) continue;
        const made = await create(client, store, params, mapped, lease);
        if (made) return made;
        continue;
      } finally {
        await lease.release();
      }
    }
    // Someone else is creating it: look again soon (backing off, with jitter, up to 500 ms).
    await sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 500);
  }
}

/** The key's topic if it is still there (reopened when closed); `undefined` when it is gone. */
async function useExisting(
  client: Client,
  store: SharedStore,
  chat_id: number,
  thread: number,
  name: string,
): Promise<EnsuredTopic | undefined> {
  const record = records.readTopic(await store.get(records.keys.topic(chat_id, thread)));
  if (record?.deleted) return undefined;
  // A key whose topic record is missing (a store that lost it) still points to the topic.
  const known = records.toKnown(chat_id, thread, record) ?? {
    chat_id,
    message_thread_id: thread,
    name,
    is_closed: record?.is_closed ?? false,
  };
  if (!known.is_closed) return { ...known, outcome: 'existing' };
  try {
    await reopenForumTopic(client, { chat_id, message_thread_id: thread });
  } catch (error) {
    if (isTopicGoneError(error)) {
      await records.deleted(store, chat_id, thread);
      return undefined;
    }
    // TOPIC_NOT_MODIFIED: someone reopened it already.
    if (!(isApiError(error) && error.description.endsWith('TOPIC_NOT_MODIFIED'))) throw error;
    await records.closed(store, chat_id, thread, false, undefined);
    return { ...known, is_closed: false, outcome: 'existing' };
  }
  await records.closed(store, chat_id, thread, false, undefined);
  return { ...known, is_closed: false, outcome: 'reopened' };
}

/** Creates the topic under our claim; `undefined` when another creator's topic won. */
async function create(
  client: Client,
  store: SharedStore,
  params: EnsureTopicParams,
  mapped: string | undefined,
  lease: Lease,
): Promise<EnsuredTopic | undefined> {
  const { chat_id, key, name, icon_color, icon_custom_emoji_id } = params;
  const request: Params<'createForumTopic'> = { chat_id, name };
  if (icon_color !== undefined) request.icon_color = icon_color;
  if (icon_custom_emoji_id !== undefined) request.icon_custom_emoji_id = icon_custom_emoji_id;
  const topic = await createForumTopic(client, request);
  const thread = topic.message_thread_id;
  await records.created(store, chat_id, thread, topic);
  // Fencing: the key moves from what we saw to our topic only if nobody moved it meanwhile.
  const value = String(thread);
  const keyKey = records.keys.key(chat_id, key);
  const won = await store.set(keyKey, value, mapped === undefined ? { ifAbsent: true } : { ifValue: mapped });
  if (!won) {
    // Our lease ran out mid-creation (lease.lost tells) and another instance's topic won.
    try {
      await deleteForumTopic(client, { chat_id, message_thread_id: thread });
      await records.deleted(store, chat_id, thread);
    } catch (error) {
      console.warn(
        `telegram-forum: ensureTopic created a second topic (${thread}) for one key and could not delete it:`,
        error,
        lease.lost,
      );
    }
    return undefined;
  }
  const known = records.toKnown(
    chat_id,
    thread,
    await records.readTopic(await store.get(records.keys.topic(chat_id, thread))),
  );
  return {
    ...(known ?? { chat_id, message_thread_id: thread, name: topic.name, is_closed: false }),
    outcome: mapped === undefined ? 'created' : 'recreated',
  };
}
