// @runs-against-emulator: `npm test` runs this file with tsx and expects exit code 0.
/**
 * The forum bot from the article that inspired telegram-forum.
 *
 * - `/start` answers with a reply keyboard: "New topic" / "Call me!".
 * - After "New topic", the next message is the name of a topic the bot creates in the forum
 *   (with an icon from getForumTopicIconStickers); the bot sends its number back. The topics
 *   live in a topic registry (`createTopicRegistry`): a name that has its topic already gets
 *   that topic's number (`ensureTopic`, keyed by the name), and one that was closed is reopened.
 * - After "Call me!", the next message is a topic number; the bot mentions the user in that
 *   topic, addressing it with the legacy "chatId*threadId" form, and names the topic when the
 *   registry knows it.
 * - Anything else gets "I don't know this command".
 *
 * Run `npm run demo`: without settings it plays a scripted conversation against the offline
 * emulator and prints the transcript. With BOT_TOKEN and FORUM_CHAT_ID set it runs against
 * Telegram (the bot must be an admin of that forum with the right to manage topics).
 */
import { pathToFileURL } from 'node:url';
import {
  type Client,
  createClient,
  createTopicRegistry,
  ensureTopic,
  getForumTopicIconStickers,
  getUpdates,
  isApiError,
  keyboardFromButtons,
  type Message,
  pollUpdates,
  removeKeyboard,
  replyTarget,
  sendMessage,
  type TopicRegistry,
  type Update,
} from 'telegram-forum';
import { createEmulator } from 'telegram-forum/testing';

/** What the bot waits for next from one user. */
export type Step = 'topic-name' | 'topic-number';

/** Per-user conversation state. Swap in Redis, a database, … behind the same three methods. */
export interface StateStore {
  get(userId: number): Step | undefined;
  set(userId: number, step: Step): void;
  delete(userId: number): void;
}

/** A store in memory, one per bot instance (never a global). */
export function memoryStore(): StateStore {
  const steps = new Map<number, Step>();
  return {
    get: (id) => steps.get(id),
    set: (id, step) => void steps.set(id, step),
    delete: (id) => void steps.delete(id),
  };
}

/** Options of {@link createForumBot}. */
export interface ForumBotOptions {
  client: Client;
  /** The forum supergroup where topics are created. */
  forumChatId: number;
  store?: StateStore;
  /**
   * Where the bot keeps its topics. Give every instance of the bot one with a shared store
   * (`createRedisStore` from `telegram-forum/redis`) when it runs as several processes.
   */
  registry?: TopicRegistry;
}

// The article's keyboard: one button per row, a reply keyboard.
const MENU = keyboardFromButtons(['New topic', 'Call me!']);

/**
 * The bot's logic: feed it every update (from getUpdates or a webhook).
 * @returns `handleUpdate(update)`
 */
export function createForumBot({
  client,
  forumChatId,
  store = memoryStore(),
  registry = createTopicRegistry(),
}: ForumBotOptions) {
  // Answer in place: replyTarget copies the thread only from a real topic message.
  const reply = (to: Message, text: string, reply_markup: typeof MENU | ReturnType<typeof removeKeyboard> = MENU) =>
    sendMessage(client, { ...replyTarget(to), text, reply_markup });

  async function createTopic(message: Message, name: string) {
    const icons = await getForumTopicIconStickers(client);
    // Pick an icon from the name, so the same name always gets the same icon.
    const sum = [...name].reduce((acc, ch) => acc + (ch.codePointAt(0) ?? 0), 0);
    const icon = icons.length > 0 ? icons[sum % icons.length] : undefined;
    // One topic per name: the registry finds it, reopens it, or creates it (once, even when
    // two users ask at the same moment).
    const topic = await ensureTopic(client, registry, {
      chat_id: forumChatId,
      key: `name:${name.trim().toLowerCase()}`,
      name,
      ...(icon?.custom_emoji_id ? { icon_custom_emoji_id: icon.custom_emoji_id } : {}),
    });
    const done = { created: 'created', recreated: 'created again', reopened: 'reopened', existing: 'already there' };
    await reply(message, `Topic "${topic.name}" ${done[topic.outcome]}. Its number is ${topic.message_thread_id}.`);
  }

  async function callUser(message: Message, text: string) {
    const thread = Number(text.trim());
    if (!Number.isSafeInteger(thread) || thread < 1) {
      await reply(message, 'A topic number is a positive whole number. Try "Call me!" again.');
      return;
    }
    const user = message.from!;
    const name = user.first_name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const known = await registry.get(forumChatId, thread);
    try {
      // The legacy "chatId*threadId" form, parsed strictly by the library.
      await sendMessage(client, {
        chat_id: `${forumChatId}*${thread}`,
        text: `<a href="tg://user?id=${user.id}">${name}</a>, you were called here!`,
        parse_mode: 'HTML',
      });
      await reply(message, `Called you in topic ${thread}${known ? ` ("${known.name}")` : ''}.`);
    } catch (error) {
      if (!isApiError(error) || error.error_code !== 400) throw error;
      await reply(message, `I can't post in topic ${thread}: ${error.description}`);
    }
  }

  return {
    /** The bot's topics. */
    registry,
    /** Handles one update; unknown update kinds are ignored. */
    async handleUpdate(update: Update): Promise<void> {
      // Topics users create, rename, close or reopen reach the registry this way.
      await registry.learn(update);
      const message = update.message;
      if (!message?.text || !message.from) return;
      const userId = message.from.id;
      const text = message.text;
      const step = store.get(userId);
      if (step !== undefined) store.delete(userId);
      if (step === 'topic-name') return createTopic(message, text);
      if (step === 'topic-number') return callUser(message, text);
      if (text === '/start' || text.startsWith('/start ')) {
        await reply(message, 'Hi! What shall we do?');
      } else if (text === 'New topic') {
        store.set(userId, 'topic-name');
        await reply(message, 'Send me the name of the new topic.', removeKeyboard());
      } else if (text === 'Call me!') {
        store.set(userId, 'topic-number');
        await reply(message, 'Send me the number of the topic to call you in.', removeKeyboard());
      } else {
        await reply(message, "I don't know this command");
      }
    },
  };
}

/**
 * Fetches the updates waiting right now and handles them; returns the next offset. The scripted
 * demo uses it to handle each of the user's lines before sending the next; a live bot uses
 * `pollUpdates` (see `live` below).
 */
export async function pollOnce(
  client: Client,
  bot: { handleUpdate(update: Update): Promise<void> },
  offset: number,
  timeout = 0,
  signal?: AbortSignal,
): Promise<number> {
  const updates = await getUpdates(client, { offset, timeout }, { signal });
  for (const update of updates) {
    await bot.handleUpdate(update);
    offset = update.update_id + 1;
  }
  return offset;
}

/** Plays a scripted conversation against the emulator and prints it. */
export async function demo(log: (line: string) => void = console.log): Promise<void> {
  const emulator = createEmulator({ bot: { username: 'forum_demo_bot', first_name: 'Forum Demo' } });
  const forum = emulator.createForum({ title: 'Demo forum' });
  const ann = emulator.createUser({ first_name: 'Ann', username: 'ann' });
  const registry = createTopicRegistry();
  // The registry watches the bot's own calls: topics it creates, and topics found deleted.
  const client = emulator.client().use(registry.observe);
  client.use(async (next, method, params, options) => {
    const result = await next(method, params, options);
    if (method === 'sendMessage') {
      // The transformer sees the request after the "chat*thread" form was split.
      const where = params.chat_id === forum.id ? ` (in forum topic ${String(params.message_thread_id ?? 1)})` : '';
      const markup = params.reply_markup as { keyboard?: Array<Array<{ text: string }>> } | undefined;
      const keys = markup?.keyboard
        ? `  [${markup.keyboard
            .flat()
            .map((b) => b.text)
            .join(' | ')}]`
        : '';
      log(`  bot${where}: ${(result as Message).text}${keys}`);
    } else if (method === 'createForumTopic') {
      log(`  bot: (creates topic "${params.name}")`);
    }
    return result;
  });
  const bot = createForumBot({ client, forumChatId: forum.id, registry });
  let offset = 0;
  const script = [
    '/start',
    'New topic',
    'Release 1.0',
    'Call me!',
    '',
    'New topic',
    'release 1.0',
    'Call me!',
    '999',
    'What is this?',
  ];
  for (const line of script) {
    // The empty line stands for "the topic just created".
    const text = line === '' ? String(emulator.topics(forum.id).at(-1)?.message_thread_id) : line;
    log(`Ann: ${text}`);
    emulator.userSends(ann, text);
    offset = await pollOnce(client, bot, offset);
  }
  log('');
  const known = await registry.findByName(forum.id, 'Release 1.0');
  log(`The registry knows "Release 1.0" as topic ${known.map((t) => t.message_thread_id).join(', ')}.`);
  log(`Topics in "${forum.title}":`);
  for (const topic of emulator.topics(forum.id)) {
    const texts = emulator
      .messages(forum.id, topic.message_thread_id)
      .filter((m) => m.text)
      .map((m) => m.text);
    log(`  #${topic.message_thread_id} ${topic.name}${texts.length ? `: ${texts.join(' / ')}` : ''}`);
  }
  await emulator.close();
}

/** Runs the bot against Telegram until Ctrl+C. */
async function live(token: string, forumChatId: number): Promise<void> {
  // The poller has its own backoff; one retry policy is enough.
  const registry = createTopicRegistry();
  const client = createClient({ token, retry: false }).use(registry.observe);
  const bot = createForumBot({ client, forumChatId, registry });
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  console.log('Running; press Ctrl+C to stop.');
  // An update is confirmed only when the loop asks for the next one: a crash redelivers it.
  for await (const update of pollUpdates(client, { signal: stop.signal, timeout: 30 })) {
    await bot.handleUpdate(update);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const token = process.env.BOT_TOKEN;
  const chat = process.env.FORUM_CHAT_ID;
  await (token && chat ? live(token, Number(chat)) : demo());
}
