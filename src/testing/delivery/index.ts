import type { Update, WebhookInfo } from '../../types/botApi.js';
import type { Args } from '../args.js';
import { type Failure, fail } from '../failures.js';
import { isDefaultAllowedUpdates, normalizeAllowedUpdates, offsetEffect, pollArguments } from '../server/updates.js';
import type { AdminRights, BotState, ChatState, Json, Stored, World } from '../state/types.js';
import type { WebhookFetch } from '../types.js';
import { adminAudience, chatAudience } from './audience.js';
import type { Mailbox, Waiter, WebhookSettings } from './mailbox.js';
import { type PumpHost, pump } from './webhook.js';

/** An update type (`message`, `callback_query`, …). @internal */
export type UpdateKind = Exclude<keyof Update, 'update_id'>;

/** An update before it has an `update_id`: its type and its object. @internal */
export interface OutgoingUpdate {
  readonly kind: UpdateKind;
  readonly payload: object;
}

/**
 * Who an update is about, which decides who receives it:
 * - `bot`: exactly this bot (a callback query on its message, …);
 * - `chat`: a message (new or edited) in a chat: the bots of the chat that may see it;
 * - `membership`: a change of a member of a chat (`chat_member` payload): the member itself
 *   gets it as `my_chat_member` when it is a bot, the chat's administrator bots as `chat_member`;
 * - `admins`: the administrator bots of a group (with `right`, when given), or the bot of a
 *   private chat: reactions (`message_reaction`) and join requests (`chat_join_request`).
 * @internal
 */
export type Audience =
  | { readonly to: 'bot'; readonly bot: BotState }
  | { readonly to: 'chat'; readonly chat: ChatState; readonly message: Stored }
  | { readonly to: 'membership'; readonly chat: ChatState; readonly userId: number }
  | { readonly to: 'admins'; readonly chat: ChatState; readonly right?: keyof AdminRights };

/** The parameters of `getUpdates` as text (read here by the server's rules, with the previous call's). @internal */
export interface PollRequest {
  offset: string | undefined;
  limit: string | undefined;
  timeout: string | undefined;
  /** `allowed_updates`; see server/updates.ts `normalizeAllowedUpdates`. */
  allowed: string | undefined;
}

/**
 * The one module that decides who receives which update, and holds what is waiting: the
 * queues, the long polls and the webhook pump. Handlers and helpers change state, then call
 * {@link Delivery.deliver} with the update and its audience; nothing else writes to a queue.
 * @internal
 */
export interface Delivery {
  /** Gives an update to every bot of its audience that may see it and asked for its type. */
  deliver(update: OutgoingUpdate, audience: Audience): void;
  /** `getUpdates`: confirms by offset, then answers at once or waits up to `timeout` seconds. */
  getUpdates(bot: BotState, request: PollRequest, signal: AbortSignal | undefined): Promise<Update[]>;
  /**
   * `setWebhook` (settings) or `deleteWebhook` (`undefined`): `unchanged` when the webhook was
   * already exactly so (`allowed_updates` is still applied), `set` or `deleted` otherwise.
   */
  setWebhook(
    bot: BotState,
    settings: WebhookSettings | undefined,
    dropPending: boolean,
    allowed: string | undefined,
  ): 'unchanged' | 'set' | 'deleted';
  /** What `getWebhookInfo` answers. */
  webhookInfo(bot: BotState): WebhookInfo;
  /** The updates waiting for a bot (live: copy before handing out). */
  pending(bot: BotState): readonly Json[];
  /** Resolves when no webhook delivery is in flight. */
  settled(): Promise<void>;
  /** Ends every long poll with an empty result, stops webhook retries and waits for deliveries in flight. */
  close(): Promise<void>;
}

/** How the delivery module is set up. @internal */
export interface DeliveryOptions {
  /** Fetch for webhooks; default `globalThis.fetch`. */
  webhookFetch?: WebhookFetch | undefined;
  /** Delay before a failed webhook delivery is tried again, in ms; default 1,000. */
  webhookRetryMs?: number | undefined;
  /** Runs a method call found in a webhook's answer, as `bot` (the emulator wires the dispatcher in). */
  execute(bot: BotState, method: string, args: Args): Promise<unknown>;
}

/** Update types a bot gets only when it asks for them (Bot API: `allowed_updates`). */
const OPT_IN: ReadonlySet<string> = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

/** Creates the delivery module over a world. @internal */
export function createDelivery(world: World, options: DeliveryOptions): Delivery {
  const boxes = new Map<number, Mailbox>();
  const inflight = new Set<Promise<void>>();
  /** Answers held back (late conflicts), given at once on close. */
  const delayed = new Set<() => void>();
  let closed = false;
  const host: PumpHost = {
    get closed() {
      return closed;
    },
    now: world.now,
    send: options.webhookFetch ?? ((url, init) => fetch(url, init)),
    retryMs: options.webhookRetryMs ?? 1000,
    execute: (box, method, args) => options.execute(box.bot, method, args),
    track(run) {
      inflight.add(run);
      void run.finally(() => inflight.delete(run));
    },
  };

  function mailbox(bot: BotState): Mailbox {
    let box = boxes.get(bot.id);
    if (!box) {
      box = {
        bot,
        queue: [],
        nextUpdateId: bot.firstUpdateId,
        allowed: undefined,
        waiter: undefined,
        previous: undefined,
        nextConflictAt: 0,
        webhook: undefined,
        pumping: false,
      };
      boxes.set(bot.id, box);
    }
    return box;
  }

  /** Queues an update for a bot that asked for its type; `payload` takes the snapshot (once per update). */
  function push(bot: BotState, kind: UpdateKind, payload: () => object): void {
    const box = mailbox(bot);
    if (box.allowed ? !box.allowed.has(kind) : OPT_IN.has(kind)) return;
    box.queue.push({ update_id: box.nextUpdateId++, [kind]: payload() });
    if (box.webhook) pump(host, box);
    else box.waiter?.finish();
  }

  function deliver(update: OutgoingUpdate, audience: Audience): void {
    // One snapshot per update, taken when it is delivered: later edits do not change it.
    let snapshot: object | undefined;
    const copy = () => (snapshot ??= JSON.parse(JSON.stringify(update.payload)) as object);
    switch (audience.to) {
      case 'bot':
        push(audience.bot, update.kind, copy);
        return;
      case 'membership':
        for (const bot of world.bots.values()) {
          if (bot.id === audience.userId) push(bot, 'my_chat_member', copy);
          else if (audience.chat.members.get(bot.id)?.status === 'administrator') push(bot, update.kind, copy);
        }
        return;
      case 'chat':
        for (const bot of chatAudience(world, audience.chat, audience.message)) push(bot, update.kind, copy);
        return;
      case 'admins':
        for (const bot of adminAudience(world, audience.chat, audience.right)) push(bot, update.kind, copy);
        return;
    }
  }

  /**
   * How long to hold a 409 conflict: a second conflict within 3 s of the last one is answered
   * only after 3 s (Client.cpp `Client::fail_query_conflict`).
   */
  function conflictDelay(box: Mailbox): number {
    const now = world.now();
    if (now >= box.nextConflictAt) {
      box.nextConflictAt = now + 3000;
      return 0;
    }
    return 3000;
  }

  /** Ends a waiting long poll with a conflict (`Client::abort_long_poll`). */
  function abortPoll(box: Mailbox, failure: Failure): void {
    if (box.waiter) box.waiter.finish(failure, conflictDelay(box));
  }

  async function getUpdates(bot: BotState, request: PollRequest, signal: AbortSignal | undefined) {
    const box = mailbox(bot);
    if (box.webhook) {
      const delay = conflictDelay(box);
      if (delay > 0) await sleep(delay);
      throw fail('webhookActive');
    }
    // Client.cpp process_get_updates_query and do_get_updates, with TDLib's TQueue::get.
    setAllowed(box, request.allowed);
    const now = world.now();
    const { offset, limit, timeout } = pollArguments(request, box.previous, now);
    box.previous = { offset, at: now };
    const firstId = (box.queue[0]?.update_id as number | undefined) ?? box.nextUpdateId;
    const effect = offsetEffect(offset, firstId, box.nextUpdateId);
    if (effect.keepNewest !== undefined) box.queue.splice(0, Math.max(0, box.queue.length - effect.keepNewest));
    let confirmed = 0;
    while (confirmed < box.queue.length && (box.queue[confirmed]!.update_id as number) < effect.confirmBelow) {
      confirmed++;
    }
    if (confirmed > 0) box.queue.splice(0, confirmed);
    // Only a call that itself waits ends another long poll; one that answers at once does not.
    if (box.queue.length === 0 && timeout > 0 && !signal?.aborted && !closed) {
      abortPoll(box, fail('terminatedByPoll'));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => waiter.finish(), timeout * 1000);
        const onAbort = () => waiter.finish();
        const waiter: Waiter = {
          limit,
          finish(error?: unknown, delayMs = 0) {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (box.waiter === waiter) box.waiter = undefined;
            if (!error) resolve();
            else if (delayMs === 0 || closed) reject(error);
            else later(() => reject(error), delayMs);
          },
        };
        signal?.addEventListener('abort', onAbort);
        box.waiter = waiter;
      });
    }
    return box.queue.slice(0, limit) as unknown as Update[];
  }

  /** `allowed_updates` (server/updates.ts `normalizeAllowedUpdates`); the default set is kept as `undefined`. */
  function setAllowed(box: Mailbox, raw: string | undefined): void {
    const types = normalizeAllowedUpdates(raw);
    if (types === undefined) return;
    box.allowed = isDefaultAllowedUpdates(types) ? undefined : new Set(types);
  }

  /** Runs `run` after `ms` (real time), or at once when the emulator closes. */
  function later(run: () => void, ms: number): void {
    const flush = () => {
      clearTimeout(timer);
      delayed.delete(flush);
      run();
    };
    const timer = setTimeout(flush, ms);
    (timer as { unref?: () => void }).unref?.();
    delayed.add(flush);
  }

  const sleep = (ms: number) => new Promise<void>((resolve) => later(resolve, ms));

  function setWebhook(
    bot: BotState,
    settings: WebhookSettings | undefined,
    dropPending: boolean,
    allowed: string | undefined,
  ): 'unchanged' | 'set' | 'deleted' {
    // Client.cpp process_set_webhook_query and do_set_webhook (deleteWebhook is an empty URL).
    const box = mailbox(bot);
    const old = box.webhook;
    const same =
      !dropPending &&
      (old === undefined
        ? settings === undefined
        : settings !== undefined &&
          old.url === settings.url &&
          old.secret === settings.secret &&
          old.maxConnections === settings.maxConnections &&
          old.ipAddress === settings.ipAddress);
    setAllowed(box, allowed);
    if (same) return 'unchanged';
    if (settings) abortPoll(box, fail('terminatedBySetWebhook'));
    if (old) clearTimeout(old.retryTimer);
    if (dropPending) box.queue.length = 0;
    if (!settings) {
      box.webhook = undefined;
      return old ? 'deleted' : 'unchanged';
    }
    box.webhook = { ...settings, lastErrorDate: undefined, lastErrorMessage: undefined, retryTimer: undefined };
    pump(host, box);
    return 'set';
  }

  function webhookInfo(bot: BotState): WebhookInfo {
    // Client.cpp JsonWebhookInfo: allowed_updates when not the default, with or without a webhook.
    const box = mailbox(bot);
    const hook = box.webhook;
    const info: WebhookInfo = {
      url: hook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: box.queue.length,
    };
    if (hook?.lastErrorDate !== undefined) {
      info.last_error_date = hook.lastErrorDate;
      if (hook.lastErrorMessage !== undefined) info.last_error_message = hook.lastErrorMessage;
    }
    if (hook) {
      info.max_connections = hook.maxConnections;
      if (hook.ipAddress) info.ip_address = hook.ipAddress;
    }
    if (box.allowed) info.allowed_updates = [...box.allowed] as NonNullable<WebhookInfo['allowed_updates']>;
    return info;
  }

  return {
    deliver,
    getUpdates,
    setWebhook,
    webhookInfo,
    pending: (bot) => mailbox(bot).queue,
    async settled() {
      for (let i = 0; i < 1000 && inflight.size > 0; i++) await Promise.allSettled([...inflight]);
    },
    async close() {
      closed = true;
      for (const flush of [...delayed]) flush();
      for (const box of boxes.values()) {
        box.waiter?.finish();
        if (box.webhook) clearTimeout(box.webhook.retryTimer);
      }
      await Promise.allSettled([...inflight]);
    },
  };
}
