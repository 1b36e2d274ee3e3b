import type { BotState, Json } from '../state/types.js';

/** Webhook settings, as `setWebhook` gives them. @internal */
export interface WebhookSettings {
  url: string;
  secret: string | undefined;
  maxConnections: number;
  ipAddress: string | undefined;
  /** The `allowed_updates` given with it; `undefined` keeps the bot's current list. */
  allowed: string[] | undefined;
}

/** A bot's webhook while it is set. @internal */
export interface WebhookState extends WebhookSettings {
  lastErrorDate: number | undefined;
  lastErrorMessage: string | undefined;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
}

/** A pending long poll. @internal */
export interface Waiter {
  /** Ends the poll: with the updates queued by then, or with a failure. */
  finish(error?: unknown): void;
}

/**
 * What the delivery module holds for one bot: its queue of updates (not yet confirmed by
 * `getUpdates` or accepted by its webhook), the next `update_id`, the update types it asked
 * for, its pending long poll and its webhook.
 * @internal
 */
export interface Mailbox {
  readonly bot: BotState;
  queue: Json[];
  nextUpdateId: number;
  /** The update types the bot asked for; `undefined` means Telegram's default (all but three). */
  allowed: ReadonlySet<string> | undefined;
  waiter: Waiter | undefined;
  webhook: WebhookState | undefined;
  /** True while the webhook pump runs for this bot. */
  pumping: boolean;
}
