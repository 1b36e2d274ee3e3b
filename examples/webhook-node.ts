/**
 * A webhook on node:http. Telegram needs HTTPS on port 443, 80, 88 or 8443: run this behind a
 * TLS proxy (or a tunnel) and give its public URL as WEBHOOK_URL to register it.
 * Run: `BOT_TOKEN=… WEBHOOK_URL=https://bot.example.com/telegram npx tsx examples/webhook-node.ts`
 */
import { createServer } from 'node:http';
import { createClient, replyTarget, sendMessage, setWebhook, toNodeListener, webhookHandler } from 'telegram-forum';

const token = process.env.BOT_TOKEN;
if (!token) throw new Error('Set BOT_TOKEN to your bot token');
const client = createClient({ token });
// Any 1-256 characters of A-Z a-z 0-9 _ -; a fresh one per start is fine when we register it below.
const secretToken = process.env.WEBHOOK_SECRET ?? crypto.randomUUID();

const handler = webhookHandler({
  secretToken,
  onUpdate: async (update) => {
    const message = update.message;
    if (message?.text) await sendMessage(client, { ...replyTarget(message), text: `Got it: ${message.text}` });
  },
  // Each failure is reported here; Telegram delivers the update again, up to 5 attempts, then it
  // is skipped (an UpdateSkippedError is reported) so that one bad update cannot block the chat.
  onError: (error, update) => console.error(`update ${update?.update_id}:`, error),
});

const port = Number(process.env.PORT ?? 8080);
createServer(toNodeListener(handler)).listen(port, () => console.log(`Listening on :${port}`));

if (process.env.WEBHOOK_URL) {
  await setWebhook(client, { url: process.env.WEBHOOK_URL, secret_token: secretToken, allowed_updates: ['message'] });
  console.log('Webhook set.');
}
