import { Args } from '../args.js';
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
          const response = await host.send(hook.url, { method: 'POST', headers, body: JSON.stringify(update) });
          const text = await response.text().catch(() => '');
          if (response.status >= 200 && response.status < 300) {
            ok = true;
            await replyInResponse(host, box, text);
          } else {
            const reason = response.statusText || REASONS[response.status] || '';
            hook.lastErrorMessage = `Wrong response from the webhook: ${response.status} ${reason}`;
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
 * A webhook's answer may carry one method call (`{"method":"sendMessage",…}`): it is executed
 * and its result dropped, as Telegram does; reading methods and webhook changes are ignored.
 */
async function replyInResponse(host: PumpHost, box: Mailbox, text: string): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const call = body as Record<string, unknown>;
  if (typeof call.method !== 'string') return;
  const method = call.method.toLowerCase();
  if (['setwebhook', 'deletewebhook', 'close', 'logout'].includes(method) || method.startsWith('get')) return;
  const args = new Args();
  args.addObject(call, 'method');
  await host.execute(box, method, args).catch(() => undefined);
}
