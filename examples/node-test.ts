// @runs-with-node-test: `npm test` runs this file with `tsx --test` and expects exit code 0.
/**
 * Testing a bot with the emulator under `node:test` (the example of docs/testing.md).
 * Run: `npx tsx --test examples/node-test.ts`.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createEmulator } from 'telegram-forum/testing';
import { createForumBot, pollOnce } from './forum-bot.js';

const emulator = createEmulator();
let server: { url: string; close(): Promise<void> };
before(async () => {
  // A real socket, for code that builds its own client from a URL.
  server = await emulator.listen();
});
after(() => emulator.close());

test('"New topic" then a name creates the topic', async () => {
  const forum = emulator.createForum();
  const client = emulator.client();
  const bot = createForumBot({ client, forumChatId: forum.id });
  const ann = emulator.createUser({ first_name: 'Ann' });
  let offset = 0;
  for (const text of ['New topic', 'Support']) {
    emulator.userSends(ann, text);
    offset = await pollOnce(client, bot, offset);
  }
  assert.deepEqual(
    emulator.topics(forum.id).map((t) => t.name),
    ['General', 'Support'],
  );
});

test('the emulator also answers over HTTP', async () => {
  const response = await fetch(`${server.url}/bot${emulator.bot.token}/getMe`);
  const body = await response.json();
  assert.equal(body.result.username, 'emulator_bot');
});
