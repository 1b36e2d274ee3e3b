import type { PreviousPoll } from '../server/updates.js';
import type { BotState, Json } from '../state/types.js';

/** Webhook settings, as `setWebhook` gives them. @internal */
export interface WebhookSettings {
  /** The URL as given (what getWebhookInfo reports). */
  url: string;
  /** Where updates are posted: the URL parsed with `https` as the default scheme. */
  target: string;
  secret: string | undefined;
  maxConnections: number;
  ipAddress: string | undefined;
}

/** A bot's webhook while it is set. @internal */
export interface WebhookState extends WebhookSettings {
  lastErrorDate: number | undefined;
  lastErrorMessage: string | undefined;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
}

/** A pending long poll. @internal */
export interface Waiter {
  /** Ends the poll: with the updates queued by then, or with a failure (answered after `delayMs`). */
  finish(error?: unknown, delayMs?: number): void;
  /** The poll's limit (kept when it is woken up). */
  readonly limit: number;
}

/**
 * What the delivery module holds for one bot: its queue of updates (not yet confirmed by
 * `getUpdates` or accepted by its webhook), the next `update_id`, the update types it asked
 * for, its pending long poll, the previous `getUpdates` call and its webhook.
 * @internal
 */
export interface Mailbox {
  readonly bot: BotState;
  queue: Json[];
  nextUpdateId: number;
  /** The update types the bot asked for; `undefined` means Telegram's default (all but three). */
  allowed: ReadonlySet<string> | undefined;
  waiter: Waiter | undefined;
  /** The previous getUpdates call (`Client::previous_get_updates_offset_` and its start). */
  previous: PreviousPoll | undefined;
  /** Before this time (ms) a new 409 conflict is answered only after 3 s (`Client::fail_query_conflict`). */
  nextConflictAt: number;
  webhook: WebhookState | undefined;
  /** True while the webhook pump runs for this bot. */
  pumping: boolean;
}
