// @runs-against-emulator: `npm test` runs this file with tsx and expects exit code 0.
/**
 * CommonJS: the package from `require()`, in plain JavaScript, as in a Node project without
 * "type": "module". It opens a support ticket as a topic, answers in it with a button, and closes
 * it, against the offline emulator; with a real token the same calls reach Telegram.
 *
 * Run `node examples/commonjs.cjs` after `npm run build` (or `npx tsx examples/commonjs.cjs`).
 */
'use strict';

const {
  closeForumTopic,
  createForumTopic,
  ForumTopicIconColor,
  InlineKeyboard,
  isValidationError,
  sendMessage,
} = require('telegram-forum');
const { createEmulator } = require('telegram-forum/testing');

async function main() {
  const emulator = createEmulator();
  const forum = emulator.createForum({ title: 'Support' });
  const client = emulator.client();

  const topic = await createForumTopic(client, {
    chat_id: forum.id,
    name: 'Ticket #1042: refund',
    icon_color: ForumTopicIconColor.Green,
  });
  await sendMessage(client, {
    chat_id: forum.id,
    message_thread_id: topic.message_thread_id,
    text: 'Your refund is on its way.',
    reply_markup: new InlineKeyboard().text('Close ticket', `close:${topic.message_thread_id}`),
  });
  await closeForumTopic(client, { chat_id: `${forum.id}*${topic.message_thread_id}` });

  // Checks run before anything is sent, in JavaScript as in TypeScript.
  const refused = await sendMessage(client, { chat_id: forum.id, text: '' }).catch((error) => error);
  console.log(`refused before sending: ${isValidationError(refused) ? refused.message : 'no'}`);

  const state = emulator.topics(forum.id).find((t) => t.message_thread_id === topic.message_thread_id);
  const texts = emulator.messages(forum.id, topic.message_thread_id).flatMap((m) => (m.text ? [m.text] : []));
  console.log(`#${topic.message_thread_id} ${topic.name} [${state?.is_closed ? 'closed' : 'open'}]`);
  for (const text of texts) console.log(`  ${text}`);
  await emulator.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
