// Drives a webhook served by a framework with the emulator: setWebhook to its URL, then users
// write; the emulator POSTs each update like Telegram (secret header, redelivery after a non-2xx
// answer, a method call in a 2xx answer executed) and the test reads the chats back.
import { createForumTopic, getWebhookInfo, setWebhook } from 'telegram-forum';
import { createEmulator } from 'telegram-forum/testing';
import { expect } from 'vitest';
import { type ErrorLine, SECRET } from './bot.js';

type Emulator = ReturnType<typeof createEmulator>;

/** Waits (bounded) until the bot's queue is empty and no delivery is in flight. */
async function drained(emulator: Emulator, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (emulator.pendingUpdates().length > 0) {
    if (Date.now() > until) throw new Error(`webhook not drained: ${emulator.pendingUpdates().length} pending`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await emulator.settled();
}

const texts = (emulator: Emulator, chatId: number, thread?: number) =>
  emulator.messages(chatId, thread).map((m) => m.text);

/**
 * The scenario every framework passes: an echo in a private chat and in a forum topic (both
 * answered in the webhook response), a poison update answered 500 then skipped (the update
 * after it still handled), a wrong secret 401 and a GET 405.
 * @param url - the webhook URL the framework serves
 * @param errors - the error lines the bot reported so far
 * @param direct - how requests reach the app when it is not served over HTTP (default: fetch on loopback)
 */
export async function exerciseWebhook(
  url: string,
  errors: () => ErrorLine[],
  direct?: (request: Request) => Promise<Response>,
): Promise<void> {
  const send = (u: string, init: RequestInit) => (direct ? direct(new Request(u, init)) : fetch(u, init));
  const emulator = createEmulator({ webhookRetryMs: 20, webhookFetch: send });
  try {
    const client = emulator.client();
    await setWebhook(client, { url, secret_token: SECRET });
    const ann = emulator.createUser({ first_name: 'Ann' });

    emulator.userSends(ann, 'hello');
    await drained(emulator);
    expect(texts(emulator, ann.id)).toEqual(['hello', 'echo: hello']);

    const forum = emulator.createForum({ members: [ann] });
    const topic = await createForumTopic(client, { chat_id: forum.id, name: 'Support' });
    emulator.userSends(ann, 'in a topic', { chat_id: forum.id, message_thread_id: topic.message_thread_id });
    await drained(emulator);
    expect(texts(emulator, forum.id, topic.message_thread_id)).toContain('echo: in a topic');

    const before = errors().length;
    emulator.userSends(ann, 'poison');
    emulator.userSends(ann, 'after');
    await drained(emulator);
    expect(texts(emulator, ann.id).slice(-3)).toEqual(['poison', 'after', 'echo: after']);
    expect((await getWebhookInfo(client)).last_error_message).toMatch(/^Wrong response from the webhook: 500/);
    // Reports can trail the answers by a moment when they come from another process.
    const until = Date.now() + 5_000;
    while (errors().length < before + 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    const poison = errors().slice(before);
    expect(poison.map((e) => e.name)).toEqual(['Error', 'Error', 'UpdateSkippedError']);
    expect(new Set(poison.map((e) => e.updateId)).size).toBe(1);

    const wrong = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify({
        update_id: 999_999,
        message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } },
      }),
    });
    expect(wrong.status).toBe(401);
    expect((await send(url, { method: 'GET' })).status).toBe(405);
  } finally {
    await emulator.close();
  }
}
