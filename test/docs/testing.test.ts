// The vitest example of docs/testing.md, kept here so it runs in our own suite.
import { createClient, isApiError } from 'telegram-forum';
import { createEmulator } from 'telegram-forum/testing';
import { afterEach, beforeEach, expect, test } from 'vitest';

// The code under test: posts a build report into a topic of its own.
async function reportBuild(client: ReturnType<typeof createClient>, chatId: number, build: string) {
  const topic = await client.call('createForumTopic', { chat_id: chatId, name: `Build ${build}` });
  await client.call('sendMessage', { chat_id: chatId, message_thread_id: topic.message_thread_id, text: 'passed' });
  return topic.message_thread_id;
}

let emulator: ReturnType<typeof createEmulator>;
beforeEach(() => {
  emulator = createEmulator();
});
afterEach(() => emulator.close());

test('the report lands in its own topic', async () => {
  const forum = emulator.createForum({ title: 'CI' });
  const client = createClient({ token: emulator.bot.token, apiRoot: emulator.apiRoot, fetch: emulator.fetch });
  const thread = await reportBuild(client, forum.id, '#42');
  expect(emulator.topics(forum.id).map((t) => t.name)).toEqual(['General', 'Build #42']);
  expect(emulator.messages(forum.id, thread).at(-1)).toMatchObject({ text: 'passed', is_topic_message: true });
});

test('a bot without can_manage_topics gets the real error', async () => {
  const forum = emulator.createForum({ rights: { can_manage_topics: false } });
  const error = await reportBuild(emulator.client(), forum.id, '#43').catch((e: unknown) => e);
  expect(isApiError(error) && error.description).toBe('Bad Request: not enough rights to create a topic');
});

test('a user writes in a topic and the bot sees it through getUpdates', async () => {
  const forum = emulator.createForum();
  const client = emulator.client();
  const thread = await reportBuild(client, forum.id, '#44');
  const ann = emulator.createUser({ first_name: 'Ann' });
  emulator.userSends(ann, 'Thanks!', { chat_id: forum.id, message_thread_id: thread });
  // As on Telegram, the bot hears of the topic it created (forum_topic_created), not of its own text.
  const [created, update] = await client.call('getUpdates', { timeout: 1 });
  expect(created?.message?.forum_topic_created).toMatchObject({ name: 'Build #44' });
  expect(update?.message).toMatchObject({ text: 'Thanks!', message_thread_id: thread, is_topic_message: true });
});

test('webhooks can go straight to a handler (docs/testing.md, "Updates and webhooks")', async () => {
  const received: unknown[] = [];
  const handler = async (request: Request) => {
    expect(request.headers.get('x-telegram-bot-api-secret-token')).toBe('secret');
    received.push(await request.json());
    return new Response('ok');
  };
  const hooked = createEmulator({ webhookFetch: (url, init) => handler(new Request(url, init)) });
  await hooked.client().call('setWebhook', { url: 'https://bot.example/hook', secret_token: 'secret' });
  hooked.userSends(hooked.createUser(), 'hi');
  await hooked.settled();
  expect(received).toMatchObject([{ message: { text: 'hi' } }]);
  await hooked.close();
});
