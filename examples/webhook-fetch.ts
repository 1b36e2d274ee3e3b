/**
 * A web-standard webhook for Deno, Bun and Cloudflare Workers: the default export's `fetch`.
 * - Deno: `deno serve --allow-env --allow-net examples/webhook-fetch.ts`
 * - Bun: `bun run examples/webhook-fetch.ts`
 * - Workers: `wrangler deploy` (with the `nodejs_compat` flag for `process.env`, or build the
 *   handler from `env` inside `fetch`; see docs/updates.md)
 * Set BOT_TOKEN and WEBHOOK_SECRET, then register the URL once with setWebhook and that secret.
 */
import { createClient, isTopicMessage, replyTarget, sendMessage, webhookHandler } from 'telegram-forum';

const client = createClient({ token: process.env.BOT_TOKEN ?? '' });

const handler = webhookHandler({
  secretToken: process.env.WEBHOOK_SECRET ?? '',
  onUpdate: async (update) => {
    const message = update.message;
    if (message?.text && isTopicMessage(message)) {
      await sendMessage(client, { ...replyTarget(message), text: `Noted in topic ${message.message_thread_id}.` });
    }
  },
});

export default { fetch: handler };
