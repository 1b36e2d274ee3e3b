import type { Reader } from '../args.js';
import { fail } from '../failures.js';
import { type Context, Described, type HandlerTable } from './context.js';

/** `allowed_updates`: the listed names, or `undefined` when absent or not a JSON array. */
function allowedOf(p: Reader<'allowed_updates'>): string[] | undefined {
  const raw = p.json('allowed_updates');
  if (raw === undefined || 'error' in raw || !Array.isArray(raw.value)) return undefined;
  return (raw.value as unknown[]).filter((v): v is string => typeof v === 'string');
}

function removeWebhook(ctx: Context, dropPending: boolean): Described<true> {
  const had = ctx.delivery.deleteWebhook(ctx.bot, dropPending);
  return new Described(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
}

/** getUpdates and webhooks: parameters are read here; queues, polls and the pump are the delivery module's. @internal */
export const updateHandlers = {
  getUpdates: (ctx, p) =>
    ctx.delivery.getUpdates(
      ctx.bot,
      {
        offset: p.int('offset') ?? 0,
        limit: Math.min(100, Math.max(1, p.int('limit') || 100)),
        timeout: Math.min(50, Math.max(0, p.int('timeout') ?? 0)),
        allowed: allowedOf(p),
      },
      ctx.signal,
    ),

  setWebhook(ctx, p) {
    const url = p.str('url') ?? '';
    if (url === '') return removeWebhook(ctx, p.bool('drop_pending_updates'));
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw fail('webhookUrlInvalid');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw fail('webhookUrlInvalid');
    if (ctx.world.settings.strictWebhooks) {
      if (parsed.protocol !== 'https:') throw fail('webhookHttps');
      if (!['', '443', '80', '88', '8443'].includes(parsed.port)) throw fail('webhookPort');
    }
    const secret = p.str('secret_token') || undefined;
    if (secret !== undefined) {
      if (secret.length > 256) throw fail('secretTooLong');
      if (!/^[A-Za-z0-9_-]+$/.test(secret)) throw fail('secretCharacters');
    }
    const settings = {
      url,
      secret,
      maxConnections: Math.min(100, Math.max(1, p.int('max_connections') || 40)),
      ipAddress: p.str('ip_address') || undefined,
      allowed: allowedOf(p),
    };
    const changed = ctx.delivery.setWebhook(ctx.bot, settings, p.bool('drop_pending_updates'));
    return new Described(true, changed ? 'Webhook was set' : 'Webhook is already set');
  },

  deleteWebhook: (ctx, p) => removeWebhook(ctx, p.bool('drop_pending_updates')),

  getWebhookInfo: (ctx) => ctx.delivery.webhookInfo(ctx.bot),
} satisfies HandlerTable;
