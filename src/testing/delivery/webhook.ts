import { Args, readBody } from '../args.js';
import { webhookFailure } from '../server/body.js';
import type { WebhookFetch } from '../types.js';
import type { Mailbox } from './mailbox.js';

/** What the pump needs from the delivery module. @internal */
export interface PumpHost {
  /** True once the emulator is closed: no more deliveries, no retries. */
  readonly closed: boolean;
  now(): number;
  send: WebhookFetch;
  retryMs: number;
  /** Runs a method call found in a webhook's answer. */
  execute(mailbox: Mailbox, method: string, args: Args): Promise<unknown>;
  /** Keeps a delivery run in flight (for `settled()` and `close()`). */
  track(run: Promise<void>): void;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  410: 'Gone',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * Posts a bot's queued updates to its webhook, one at a time and in order, as Telegram does:
 * a 2xx answer confirms the update (and a method call in the answer is executed); anything
 * else keeps it queued, records the error for `getWebhookInfo`, and tries again after
 * `retryMs`. Does nothing while a run for the bot is in progress.
 * @internal
 */
export function pump(host: PumpHost, box: Mailbox): void {
  if (box.pumping || !box.webhook || host.closed) return;
  box.pumping = true;
  const run = (async () => {
    try {
      for (let guard = 0; guard < 100_000 && box.webhook && box.queue.length > 0 && !host.closed; guard++) {
        const hook = box.webhook;
        const update = box.queue[0]!;
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (hook.secret !== undefined) headers['x-telegram-bot-api-secret-token'] = hook.secret;
        let ok = false;
        try {
          const response = await host.send(hook.target, { method: 'POST', headers, body: JSON.stringify(update) });
          const text = await response.text().catch(() => '');
          if (response.status >= 200 && response.status < 300) {
            ok = true;
            // A light answer without headers is read as JSON (the common case for a test's fetch).
            const type = response.headers ? (response.headers.get('content-type') ?? '') : 'application/json';
            await replyInResponse(host, box, type, text);
          } else {
            const reason = response.statusText || REASONS[response.status] || '';
            hook.lastErrorMessage = webhookFailure(response.status, reason).message;
          }
        } catch (error) {
          hook.lastErrorMessage = `Connection failed: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (ok) {
          if (box.queue[0] === update) box.queue.shift();
          continue;
        }
        hook.lastErrorDate = Math.floor(host.now() / 1000);
        if (!host.closed && box.webhook === hook) {
          clearTimeout(hook.retryTimer);
          hook.retryTimer = setTimeout(() => {
            hook.retryTimer = undefined;
            pump(host, box);
          }, host.retryMs);
          // A retry alone does not keep a Node process alive (a test that forgot close() still ends).
          (hook.retryTimer as { unref?: () => void }).unref?.();
        }
        break;
      }
    } finally {
      box.pumping = false;
    }
  })();
  host.track(run);
}

/**
 * A webhook's answer may carry one method call, read like a request by its content type
 * (telegram-bot-api/WebhookActor.cpp `WebhookActor::handle`): JSON, a form or multipart; any
 * other type carries none. Its `method` (any case) is executed and the result dropped, except
 * `setWebhook`, `deleteWebhook`, `close`, `logOut` and the `get…` methods.
 */
async function replyInResponse(host: PumpHost, box: Mailbox, contentType: string, text: string): Promise<void> {
  const args = new Args();
  readBody(args, contentType, text);
  const method = (args.str('method') ?? '').replace(/[A-Z]+/g, (part) => part.toLowerCase());
  if (method === '' || ['setwebhook', 'deletewebhook', 'close', 'logout'].includes(method)) return;
  if (method.startsWith('get')) return;
  await host.execute(box, method, args).catch(() => undefined);
}
