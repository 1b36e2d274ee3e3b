import { fail } from '../failures.js';
import { integerArg } from '../server/integers.js';
import { formatUrl, parseUrl } from '../server/links.js';
import { Described, type HandlerTable } from './context.js';

const DESCRIPTIONS = {
  set: 'Webhook was set',
  deleted: 'Webhook was deleted',
  unchanged: { set: 'Webhook is already set', deleted: 'Webhook is already deleted' },
} as const;

/** getUpdates and webhooks: parameters are read here; queues, polls and the pump are the delivery module's. @internal */
export const updateHandlers = {
  getUpdates: (ctx, p) =>
    ctx.delivery.getUpdates(
      ctx.bot,
      { offset: p.str('offset'), limit: p.str('limit'), timeout: p.str('timeout'), allowed: p.str('allowed_updates') },
      ctx.signal,
    ),

  setWebhook(ctx, p) {
    // Client.cpp process_set_webhook_query and do_set_webhook; WebhookActor.cpp checks the URL.
    const url = p.str('url') ?? '';
    const drop = p.bool('drop_pending_updates');
    if (url === '') {
      const outcome = ctx.delivery.setWebhook(ctx.bot, undefined, drop, p.str('allowed_updates'));
      return new Described(true, outcome === 'deleted' ? DESCRIPTIONS.deleted : DESCRIPTIONS.unchanged.deleted);
    }
    // The URL is read with https as the default scheme (td::parse_url).
    const parsed = parseUrl(url, 'https');
    if (!parsed.ok) throw fail('webhookUrlInvalid');
    const secret = p.str('secret_token') ?? '';
    if (secret.length > 256) throw fail('secretTooLong');
    if (!/^[A-Za-z0-9_-]*$/.test(secret)) throw fail('secretCharacters');
    const { protocol, specifiedPort } = parsed.value;
    const port = specifiedPort || (protocol === 'https' ? 443 : 80);
    if (ctx.world.settings.strictWebhooks) {
      if (protocol !== 'https') throw fail('webhookHttps');
      if (![443, 80, 88, 8443].includes(port)) throw fail('webhookPort');
    }
    const settings = {
      url,
      target: formatUrl(parsed.value),
      secret: secret === '' ? undefined : secret,
      // Client.cpp Client::get_webhook_max_connections: default 40, clamped to 1…100.
      maxConnections: integerArg(p.str('max_connections'), 40, 1, 100),
      ipAddress: p.str('ip_address') || undefined,
    };
    const outcome = ctx.delivery.setWebhook(ctx.bot, settings, drop, p.str('allowed_updates'));
    return new Described(true, outcome === 'set' ? DESCRIPTIONS.set : DESCRIPTIONS.unchanged.set);
  },

  deleteWebhook(ctx, p) {
    const outcome = ctx.delivery.setWebhook(ctx.bot, undefined, p.bool('drop_pending_updates'), undefined);
    return new Described(true, outcome === 'deleted' ? DESCRIPTIONS.deleted : DESCRIPTIONS.unchanged.deleted);
  },

  getWebhookInfo: (ctx) => ctx.delivery.webhookInfo(ctx.bot),
} satisfies HandlerTable;
