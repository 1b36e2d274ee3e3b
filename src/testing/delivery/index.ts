import type { Update, WebhookInfo } from '../../types/botApi.js';
import type { Args } from '../args.js';
import { fail } from '../failures.js';
import type { AdminRights, BotState, ChatState, Json, Stored, World } from '../state/types.js';
import type { WebhookFetch } from '../types.js';
import type { Mailbox, WebhookSettings } from './mailbox.js';
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

/** What `getUpdates` asks for, read and clamped by its handler. @internal */
export interface PollRequest {
  offset: number;
  limit: number;
  /** Seconds to wait when nothing is queued. */
  timeout: number;
  /** `undefined`: keep the bot's list; `[]`: back to the default. */
  allowed: string[] | undefined;
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
  /** Sets a bot's webhook; false when it was already set exactly so. */
  setWebhook(bot: BotState, settings: WebhookSettings, dropPending: boolean): boolean;
  /** Removes a bot's webhook; false when it had none. */
  deleteWebhook(bot: BotState, dropPending: boolean): boolean;
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
      case 'admins': {
        const { chat, right } = audience;
        if (chat.type === 'private') {
          const bot = world.botsById.get(chat.botId ?? 0);
          if (bot) push(bot, update.kind, copy);
          return;
        }
        for (const bot of world.bots.values()) {
          const member = chat.members.get(bot.id);
          if (member?.status === 'administrator' && (right === undefined || member.rights[right])) {
            push(bot, update.kind, copy);
          }
        }
        return;
      }
      case 'chat': {
        const { chat, message } = audience;
        // Bots get no updates for messages sent by bots: their own, service messages included.
        if (world.botsById.has(message.senderId)) return;
        if (chat.type === 'private') {
          const bot = world.botsById.get(chat.botId ?? 0);
          if (bot) push(bot, update.kind, copy);
          return;
        }
        for (const bot of world.bots.values()) {
          const member = chat.members.get(bot.id);
          if (!member || member.status === 'left' || member.status === 'kicked') continue;
          if (member.status === 'member' && !bot.me.can_read_all_group_messages && !addressed(bot, message)) continue;
          push(bot, update.kind, copy);
        }
        return;
      }
    }
  }

  async function getUpdates(bot: BotState, request: PollRequest, signal: AbortSignal | undefined) {
    const box = mailbox(bot);
    if (box.webhook) throw fail('webhookActive');
    if (request.allowed !== undefined) setAllowed(box, request.allowed);
    const { offset } = request;
    if (offset > 0) {
      let confirmed = 0;
      while (confirmed < box.queue.length && (box.queue[confirmed]!.update_id as number) < offset) confirmed++;
      if (confirmed > 0) box.queue.splice(0, confirmed);
    } else if (offset < 0) {
      box.queue.splice(0, Math.max(0, box.queue.length + offset));
    }
    box.waiter?.finish(fail('terminatedByPoll'));
    if (box.queue.length === 0 && request.timeout > 0 && !signal?.aborted && !closed) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => waiter.finish(), request.timeout * 1000);
        const onAbort = () => waiter.finish();
        const waiter = {
          finish(error?: unknown) {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (box.waiter === waiter) box.waiter = undefined;
            if (error) reject(error);
            else resolve();
          },
        };
        signal?.addEventListener('abort', onAbort);
        box.waiter = waiter;
      });
    }
    return box.queue.slice(0, request.limit) as unknown as Update[];
  }

  function setAllowed(box: Mailbox, list: string[]): void {
    box.allowed = list.length === 0 ? undefined : new Set(list);
  }

  function setWebhook(bot: BotState, settings: WebhookSettings, dropPending: boolean): boolean {
    const box = mailbox(bot);
    const old = box.webhook;
    const same =
      old !== undefined &&
      old.url === settings.url &&
      old.secret === settings.secret &&
      old.maxConnections === settings.maxConnections &&
      old.ipAddress === settings.ipAddress &&
      (settings.allowed === undefined || JSON.stringify(settings.allowed) === JSON.stringify(old.allowed));
    if (dropPending) box.queue.length = 0;
    if (same) return false;
    box.waiter?.finish(fail('terminatedBySetWebhook'));
    if (old) clearTimeout(old.retryTimer);
    if (settings.allowed !== undefined) setAllowed(box, settings.allowed);
    box.webhook = {
      ...settings,
      allowed: settings.allowed ?? old?.allowed,
      lastErrorDate: undefined,
      lastErrorMessage: undefined,
      retryTimer: undefined,
    };
    pump(host, box);
    return true;
  }

  function deleteWebhook(bot: BotState, dropPending: boolean): boolean {
    const box = mailbox(bot);
    if (dropPending) box.queue.length = 0;
    const had = box.webhook !== undefined;
    if (box.webhook) clearTimeout(box.webhook.retryTimer);
    box.webhook = undefined;
    return had;
  }

  function webhookInfo(bot: BotState): WebhookInfo {
    const box = mailbox(bot);
    const hook = box.webhook;
    const info: WebhookInfo = {
      url: hook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: box.queue.length,
    };
    if (!hook) return info;
    if (hook.ipAddress) info.ip_address = hook.ipAddress;
    if (hook.lastErrorDate !== undefined) {
      info.last_error_date = hook.lastErrorDate;
      if (hook.lastErrorMessage !== undefined) info.last_error_message = hook.lastErrorMessage;
    }
    info.max_connections = hook.maxConnections;
    if (hook.allowed) info.allowed_updates = hook.allowed as NonNullable<WebhookInfo['allowed_updates']>;
    return info;
  }

  return {
    deliver,
    getUpdates,
    setWebhook,
    deleteWebhook,
    webhookInfo,
    pending: (bot) => mailbox(bot).queue,
    async settled() {
      for (let i = 0; i < 1000 && inflight.size > 0; i++) await Promise.allSettled([...inflight]);
    },
    async close() {
      closed = true;
      for (const box of boxes.values()) {
        box.waiter?.finish();
        if (box.webhook) clearTimeout(box.webhook.retryTimer);
      }
      await Promise.allSettled([...inflight]);
    },
  };
}

/**
 * Privacy mode: a bot that is a plain member (not an administrator) sees only commands,
 * mentions of it, replies to its own messages and service messages
 * (https://core.telegram.org/bots/features#privacy-mode).
 */
function addressed(bot: BotState, stored: Stored): boolean {
  const msg = stored.msg;
  if (stored.service) return true;
  const text = typeof msg.text === 'string' ? msg.text : typeof msg.caption === 'string' ? msg.caption : '';
  if (text.startsWith('/')) return true;
  if (text.toLowerCase().includes(`@${bot.user.username.toLowerCase()}`)) return true;
  const replied = msg.reply_to_message as { from?: { id?: number }; forum_topic_created?: unknown } | undefined;
  return replied?.from?.id === bot.id && replied.forum_topic_created === undefined;
}
