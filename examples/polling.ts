/**
 * Long polling: greets every new topic and echoes messages where they were written (in their
 * topic, or in General). Ctrl-C stops it; handled updates are confirmed on the way out, and an
 * update whose handling keeps failing is skipped after 3 attempts instead of stopping the bot.
 * Run: `BOT_TOKEN=123456:ABC… npx tsx examples/polling.ts`
 */
import {
  createClient,
  deleteWebhook,
  isForumTopicCreated,
  isTopicMessage,
  pollUpdates,
  replyTarget,
  sendMessage,
} from 'telegram-forum';

const token = process.env.BOT_TOKEN;
if (!token) throw new Error('Set BOT_TOKEN to your bot token');

// retry: false leaves faults to the poller's own backoff (no double retries).
const client = createClient({ token, retry: false });
const stop = new AbortController();
process.once('SIGINT', () => stop.abort());

// getUpdates answers 409 while a webhook is set.
await deleteWebhook(client);
console.log('Polling; Ctrl-C to stop.');

// The handler form: a failing update is retried (3 attempts), then skipped and reported, so one
// bad update never stops the bot.
await pollUpdates(client, {
  signal: stop.signal,
  allowed_updates: ['message'],
  maxAttempts: 3,
  onUpdate: async (update) => {
    const message = update.message;
    if (isForumTopicCreated(message)) {
      await sendMessage(client, { ...replyTarget(message), text: `Welcome to "${message.forum_topic_created.name}"!` });
    } else if (message?.text) {
      const where = isTopicMessage(message) ? `topic ${message.message_thread_id}` : 'here';
      await sendMessage(client, { ...replyTarget(message), text: `You said ${where}: ${message.text}` });
    }
  },
  onError: (error, update) => console.error(`update ${update?.update_id}:`, error),
});
console.log('Stopped.');
