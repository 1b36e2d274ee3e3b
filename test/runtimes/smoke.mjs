// The built package's smoke flow, run by scripts/runtimes.mjs under Node 20, 22 and 24, Bun and
// Deno. Plain ESM, no test framework, no permissions needed: the emulator answers through
// emulator.fetch, and the one request of the default transport goes to a stubbed fetch (or, on
// Node, to a refused port on 127.0.0.1). The package is imported by its name, so that its
// export conditions pick the build each runtime gets. Prints one JSON line with the runtime and
// the steps that passed; any failure throws and the process exits non-zero.
import {
  createClient,
  createForumTopic,
  InlineKeyboard,
  isValidationError,
  pollUpdates,
  sendMessage,
  webhookHandler,
} from 'telegram-forum';
import { createEmulator } from 'telegram-forum/testing';

const check = (ok, what) => {
  if (!ok) throw new Error(`smoke: ${what}`);
};
const steps = [];
const emulator = createEmulator();
const forum = emulator.createForum({ title: 'Smoke forum' });
const ann = emulator.createUser({ first_name: 'Ann' });
const client = emulator.client({ retry: false });

// 1. Create a topic, and send into it with a keyboard (by id, then with the legacy form).
const topic = await createForumTopic(client, { chat_id: forum.id, name: 'Smoke topic' });
check(topic.message_thread_id > 1, 'createForumTopic returned a topic id');
steps.push('createForumTopic');
const keyboard = new InlineKeyboard().text('Done', 'done').url('Docs', 'https://example.com');
const sent = await sendMessage(client, {
  chat_id: `${forum.id}*${topic.message_thread_id}`,
  text: 'Smoke test',
  reply_markup: keyboard,
});
check(sent.is_topic_message === true && sent.message_thread_id === topic.message_thread_id, 'message in the topic');
check(sent.reply_markup?.inline_keyboard?.[0]?.[0]?.callback_data === 'done', 'keyboard attached');
steps.push('sendMessage+InlineKeyboard');
const refused = await sendMessage(client, { chat_id: `${forum.id}*x`, text: 'never sent' }).catch((e) => e);
check(isValidationError(refused), 'malformed legacy target refused');
steps.push('ValidationError');

// 2. A webhook Request, with and without the secret.
const received = [];
const handler = webhookHandler({ secretToken: 'smoke_secret', onUpdate: (update) => void received.push(update) });
const post = (secret) =>
  handler(
    new Request('https://bot.example/telegram', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify({ update_id: 7, message: sent }),
    }),
  );
check((await post('wrong')).status === 401, 'wrong secret gets 401');
check((await post('smoke_secret')).status === 200 && received[0]?.update_id === 7, 'webhook update handled');
steps.push('webhookHandler');

// 3. Poll one update from the emulator.
emulator.userSends(ann, 'ping', { chat_id: forum.id, message_thread_id: topic.message_thread_id });
const stop = new AbortController();
let polled;
// The bot also hears of the topic it created (forum_topic_created), as on Telegram: skip to the text.
for await (const update of pollUpdates(client, { signal: stop.signal, timeout: 0 })) {
  if (update.message?.text === undefined) continue;
  polled = update;
  stop.abort();
}
check(polled?.message?.text === 'ping' && polled.message.message_thread_id === topic.message_thread_id, 'polled');
steps.push('pollUpdates');

// 4. The default transport: the native fetch everywhere but on Node, where node:http sends.
const onNode = typeof globalThis.Deno === 'undefined' && typeof globalThis.Bun === 'undefined';
const nativeFetch = globalThis.fetch;
const fetched = [];
globalThis.fetch = async (_url, init) => {
  fetched.push(init.method);
  return new Response('{"ok":true,"result":true}');
};
const plain = createClient({ token: '1:smoke', apiRoot: 'http://127.0.0.1:9', retry: false, timeoutMs: 5000 });
const outcome = await plain.call('getMe').then(
  () => 'ok',
  (error) => error.name,
);
globalThis.fetch = nativeFetch;
if (onNode) check(fetched.length === 0 && outcome === 'NetworkError', `node:http by default (${outcome})`);
else check(fetched.length === 1 && outcome === 'ok', `the native fetch by default (${outcome})`);
steps.push(onNode ? 'default transport node:http' : 'default transport fetch');

await emulator.close();
const runtime =
  typeof globalThis.Deno !== 'undefined'
    ? `deno ${globalThis.Deno.version.deno}`
    : typeof globalThis.Bun !== 'undefined'
      ? `bun ${globalThis.Bun.version}`
      : `node ${globalThis.process?.version}`;
console.log(JSON.stringify({ runtime, steps }));
