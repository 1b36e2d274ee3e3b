import { createClient } from '../client/createClient.js';
import type { Client, ClientOptions } from '../client/types.js';
import type { Chat, ForumTopic, Message, Update, User } from '../types/botApi.js';
import { Args, type RawRequest, readArgs } from './args.js';
import { createFlood, type FloodOptions } from './flood.js';
import { Described, Failure } from './markup.js';
import { createHandlers, type Handler } from './methods.js';
import {
  type AdminRights,
  type BotState,
  type ChatState,
  type FileRecord,
  type Json,
  type Member,
  memberJson,
  NO_RIGHTS,
  type Stored,
} from './state.js';

export type { FloodOptions, FloodRule } from './flood.js';
export type { AdminRights } from './state.js';

/** The fetch the emulator uses to deliver webhooks; `globalThis.fetch` fits. */
export type WebhookFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{
  /** The HTTP status of the webhook's answer. */
  status: number;
  /** Its reason phrase, if known. */
  statusText?: string;
  /** Reads its body. */
  text(): Promise<string>;
}>;

/** A bot to create in the emulator. */
export interface BotOptions {
  /** The token; default a fresh `"<id>:AA…"` token. Its digits before `:` become the bot id. */
  token?: string;
  /** Default `emulator_bot` (`emulator_bot2`, … for later bots). */
  username?: string;
  /** Default `Emulator Bot`. */
  first_name?: string;
  /** Topics in private chats (Bot API 9.3 "threaded mode"); default false. */
  has_topics_enabled?: boolean;
  /**
   * Privacy mode off: see every group message even as a plain member. Default false, as on
   * Telegram; administrators see every message either way.
   */
  can_read_all_group_messages?: boolean;
}

/** A bot living in the emulator. */
export interface EmulatedBot {
  /** Its token (pass it to `createClient` or to {@link Emulator.client}). */
  readonly token: string;
  /** Its user id. */
  readonly id: number;
  /** Its username. */
  readonly username: string;
  /** Its `User` object, as messages carry it in `from`. */
  readonly user: User;
}

/** Options of {@link createEmulator}. */
export interface EmulatorOptions {
  /** The first bot (also {@link Emulator.bot}); created with defaults when omitted. */
  bot?: BotOptions;
  /** Clock in milliseconds, for message dates, callback query expiry and flood windows. Default `Date.now`. */
  now?: () => number;
  /** Fetch used to deliver webhooks. Default `globalThis.fetch`. */
  webhookFetch?: WebhookFetch;
  /** Delay before a failed webhook delivery is tried again, in ms. Default 1,000. */
  webhookRetryMs?: number;
  /**
   * Check webhook URLs like api.telegram.org (HTTPS, ports 443, 80, 88, 8443). Default false:
   * like a local Bot API server, any http(s) URL is accepted.
   */
  strictWebhooks?: boolean;
  /** Flood limits: `true` for Telegram's documented rates, or custom rules. Default off. */
  flood?: boolean | FloodOptions;
  /** How long a callback query can be answered, in ms. Default 15,000. */
  callbackQueryTtlMs?: number;
  /** The root `emulator.apiRoot` reports (any host works with `emulator.fetch`). Default `http://emulator.test`. */
  apiRoot?: string;
}

/** A forum supergroup (or plain supergroup) to create. */
export interface ForumOptions {
  /** Default `Forum N`. */
  title?: string;
  /** Public username, without `@`. */
  username?: string;
  /** Topics on; default true. `false` makes a plain supergroup. */
  is_forum?: boolean;
  /** The owner (status `creator`); none when omitted. */
  owner?: User;
  /** Other members. */
  members?: User[];
  /**
   * The bot to add, by token; default the emulator's first bot. `false` adds no bot.
   */
  bot?: string | false;
  /**
   * The bot's rights as an administrator; default all rights. `'member'` makes it a plain member.
   */
  rights?: Partial<AdminRights> | 'member';
}

/** A user to create. */
export interface UserOptions {
  /** Default `User N`. */
  first_name?: string;
  /** Optional last name. */
  last_name?: string;
  /** Optional username, without `@`. */
  username?: string;
  /** IETF language tag, e.g. `en`. */
  language_code?: string;
  /** Default the next free id. */
  id?: number;
}

/** Where and how a user's message goes. */
export interface SendTarget {
  /** A group chat id; omitted ⇒ the user's private chat with the bot. */
  chat_id?: number;
  /** A topic; omitted ⇒ General (or the topic of the message replied to). */
  message_thread_id?: number;
  /** Reply to this message of the same chat. */
  reply_to_message_id?: number;
  /** The bot (token) whose private chat to use; default the first bot. */
  bot?: string;
}

/** A topic as the emulator holds it (the General topic included). */
export interface EmulatedTopic extends ForumTopic {
  /** True for the General topic (`message_thread_id` 1). */
  is_general: boolean;
  /** True while the topic is closed. */
  is_closed: boolean;
  /** Only the General topic can be hidden. */
  is_hidden: boolean;
}

/** What a bot answered to a callback query. */
export interface CallbackAnswer {
  /** The notification text. */
  text?: string;
  /** Shown as an alert instead of a notification. */
  show_alert?: boolean;
  /** A URL to open. */
  url?: string;
}

/** The in-memory Bot API. Create it with {@link createEmulator}. */
export interface Emulator {
  /**
   * Serves one Bot API request, without sockets: `/bot<token>/<method>` (any encoding) and
   * `/file/bot<token>/<path>`. It is also a fetch: pass it as `fetch` to any client.
   */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** The root to pair with {@link Emulator.fetch} (`http://emulator.test` by default). */
  readonly apiRoot: string;
  /** Starts a `node:http` server on 127.0.0.1 and a random port. */
  listen(options?: { port?: number }): Promise<{
    /** The server's root, e.g. `http://127.0.0.1:41234`: pass it as `apiRoot`. */
    url: string;
    /** Stops this server. */
    close(): Promise<void>;
  }>;
  /** Ends pending long polls and webhook retries and closes servers started by `listen`. */
  close(): Promise<void>;
  /** A client of this emulator (our own `createClient`, served by `emulator.fetch`). */
  client(options?: Partial<ClientOptions>): Client;
  /** The first bot. */
  readonly bot: EmulatedBot;
  /** The methods the emulator implements (Bot API names). */
  readonly methods: readonly string[];
  /** Adds a bot. */
  createBot(options?: BotOptions): EmulatedBot;
  /** Adds a user. */
  createUser(options?: UserOptions): User;
  /** Adds a forum supergroup with the bot as administrator (see {@link ForumOptions}). */
  createForum(options?: ForumOptions): Chat.SupergroupChat;
  /**
   * Changes a bot's rights in a chat (`'member'` to demote, `'left'` to remove). The bot gets a
   * `my_chat_member` update from the chat's owner (or from itself when the chat has none), and
   * administrator bots that asked for `chat_member` get one; nothing when nothing changed. The
   * state a forum is created with (see {@link ForumOptions}) sends no update.
   */
  setRights(chatId: number, rights: Partial<AdminRights> | 'member' | 'left', token?: string): void;
  /**
   * Adds a user to a group chat (status `member` unless given). Administrator bots that asked
   * for `chat_member` updates (it is off by default, as on Telegram) get one.
   */
  addMember(chatId: number, user: User, status?: 'member' | 'administrator'): void;
  /** A user sends a text message; the bots in that chat get a `message` update. */
  userSends(user: User, text: string, target?: SendTarget): Message;
  /** A user edits the text of one of their messages; the bots get an `edited_message` update. */
  userEdits(user: User, message: { chat: { id: number }; message_id: number }, text: string): Message;
  /** A user creates a topic (as the forum's owner or an admin would); returns its id. */
  userCreatesTopic(user: User, chatId: number, name: string, options?: { icon_color?: number }): number;
  /**
   * A user presses an inline button of a message (by `callback_data` or by button text);
   * the bot that sent the message gets a `callback_query` update. Returns the query id.
   */
  userPresses(user: User, message: { chat: { id: number }; message_id: number }, button: string): string;
  /** What the bot answered to a callback query (undefined while unanswered). */
  callbackAnswer(queryId: string): CallbackAnswer | undefined;
  /** The topics of a forum, General first. */
  topics(chatId: number): EmulatedTopic[];
  /**
   * Messages of a chat (service messages included), oldest first; `threadId` 1 selects General.
   * For a private chat pass the user's id (and `token` for another bot than the first).
   */
  messages(chatId: number, threadId?: number, token?: string): Message[];
  /** The reply keyboard the bot last showed in a chat, if it was not removed. */
  keyboard(chatId: number, token?: string): Json | undefined;
  /** Updates waiting for a bot (not yet confirmed by getUpdates or delivered to its webhook). */
  pendingUpdates(token?: string): Update[];
  /** Resolves when no webhook delivery is in flight. */
  settled(): Promise<void>;
}

const DEFAULT_RIGHTS: AdminRights = {
  can_manage_topics: true,
  can_pin_messages: true,
  can_delete_messages: true,
  can_restrict_members: true,
  can_invite_users: true,
  can_change_info: true,
};
const INVALID_TOKEN = /^[1-9]\d{0,19}:[^/]+$/;
const DEFAULT_UPDATES = ['chat_member', 'message_reaction', 'message_reaction_count'];

/** The shared state and helpers the method handlers work on. @internal */
export interface World {
  now(): number;
  bots: Map<string, BotState>;
  users: Map<number, Json & { id: number }>;
  chats: Map<number, ChatState>;
  privates: Map<string, ChatState>;
  files: Map<string, FileRecord>;
  filesByPath: Map<string, FileRecord>;
  nextFile: number;
  callbacks: Map<string, { botId: number; at: number; answer: CallbackAnswer | undefined }>;
  options: EmulatorOptions;
  flood: ReturnType<typeof createFlood>;
  compose(chat: ChatState, thread: number, from: Json, fields: Json, replyTo?: Stored, external?: Stored): Stored;
  deliver(chat: ChatState, stored: Stored, kind?: 'message' | 'edited_message'): void;
  push(bot: BotState, type: string, payload: Json): void;
  /**
   * Sets a member of a group and tells the bots: `my_chat_member` to the member when it is a bot,
   * `chat_member` to the chat's administrator bots (which get it only when they ask for it, as
   * from Telegram). Nothing is sent when the member's status and rights did not change.
   */
  setMember(chat: ChatState, member: Member, from: Json): void;
  pump(bot: BotState): void;
  chatJson(chat: ChatState): Json;
  privateChat(bot: BotState, user: Json & { id: number }, create: boolean): ChatState | undefined;
  dispatch(bot: BotState, method: string, args: Args, signal?: AbortSignal): Promise<unknown>;
}

/** A light answer: what `emulator.fetch` turns into a `Response` and `listen()` writes out. @internal */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}): RawResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const failure = (f: Failure) =>
  json(
    f.parameters
      ? { ok: false, error_code: f.code, description: f.description, parameters: f.parameters }
      : { ok: false, error_code: f.code, description: f.description },
    f.code,
    f.code === 429 && f.parameters?.retry_after !== undefined
      ? { 'retry-after': String(f.parameters.retry_after) }
      : {},
  );

/** Reads a Web `Request` (or fetch arguments) into the emulator's light request. */
function fromFetch(input: Request | string | URL, init: RequestInit | undefined): RawRequest {
  const plain = !(input instanceof Request) && (init?.body === undefined || typeof init.body === 'string');
  if (plain) {
    // The common case (a JSON or query-string call): no Request object needed.
    const headers = new Headers(init?.headers);
    const body = (init?.body as string | undefined) ?? null;
    return {
      method: (init?.method ?? 'GET').toUpperCase(),
      url: new URL(String(input)),
      contentType: headers.get('content-type') ?? (body === null ? '' : 'text/plain;charset=UTF-8'),
      body: async () => body,
      signal: init?.signal ?? undefined,
    };
  }
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  return {
    method: request.method,
    url: new URL(request.url),
    contentType: request.headers.get('content-type') ?? '',
    body: async () => (request.body === null ? null : new Uint8Array(await request.arrayBuffer())),
    signal: request.signal,
  };
}

/**
 * Creates an in-memory Bot API: bots, users, forum supergroups with topics and the General
 * topic, messages with Telegram's thread rules, service messages, keyboards and callback
 * queries, files, getUpdates and webhooks, with the real error codes and descriptions.
 * Serve it with `emulator.fetch` (no sockets) or `await emulator.listen()`.
 *
 * @example
 * ```ts
 * import { createEmulator } from 'telegram-forum/testing';
 * const emulator = createEmulator();
 * const forum = emulator.createForum({ title: 'Support' });
 * const client = emulator.client();
 * const topic = await client.call('createForumTopic', { chat_id: forum.id, name: 'Ticket 1' });
 * await client.call('sendMessage', { chat_id: forum.id, message_thread_id: topic.message_thread_id, text: 'Hi' });
 * ```
 * @param options - see {@link EmulatorOptions}
 * @returns the emulator
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? Date.now;
  const apiRoot = (options.apiRoot ?? 'http://emulator.test').replace(/\/+$/, '');
  let nextUserId = 100_000_001;
  let nextChat = 1;
  let nextBotId = 7_000_000_001;
  let nextQuery = 4_000_000_000_000_000;
  let closed = false;
  const inflight = new Set<Promise<void>>();
  const servers = new Set<() => Promise<void>>();
  const polls = new Set<BotState>();

  const world: World = {
    now,
    bots: new Map(),
    users: new Map(),
    chats: new Map(),
    privates: new Map(),
    files: new Map(),
    filesByPath: new Map(),
    nextFile: 1,
    callbacks: new Map(),
    options,
    flood: createFlood(options.flood, now),
    compose,
    deliver,
    push,
    setMember,
    pump,
    chatJson,
    privateChat,
    dispatch,
  };
  const handlers: Map<string, Handler> = createHandlers(world);

  function chatJson(chat: ChatState): Json {
    if (chat.type === 'private') {
      const u = chat.user!;
      const out: Json = { id: chat.id, first_name: u.first_name };
      if (u.last_name !== undefined) out.last_name = u.last_name;
      if (u.username !== undefined) out.username = u.username;
      out.type = 'private';
      return out;
    }
    const out: Json = { id: chat.id, title: chat.title };
    if (chat.username !== undefined) out.username = chat.username;
    if (chat.forum) out.is_forum = true;
    out.type = 'supergroup';
    return out;
  }

  function privateChat(bot: BotState, user: Json & { id: number }, create: boolean): ChatState | undefined {
    const key = `${bot.id}:${user.id}`;
    let chat = world.privates.get(key);
    if (!chat && create) {
      chat = newChat(user.id, 'private', undefined, undefined, bot.hasTopics);
      chat.botId = bot.id;
      chat.user = user;
      world.privates.set(key, chat);
    }
    return chat;
  }

  function newChat(
    id: number,
    type: 'private' | 'supergroup',
    title: string | undefined,
    username: string | undefined,
    forum: boolean,
  ): ChatState {
    return {
      id,
      type,
      title,
      username,
      forum,
      botId: undefined,
      user: undefined,
      members: new Map(),
      messages: new Map(),
      nextId: 1,
      topics: new Map(),
      general: { name: 'General', closed: false, hidden: false },
      replyKeyboard: undefined,
      lastAction: undefined,
    };
  }

  /** Builds and stores a message, with Telegram's thread fields (§3.3): none for General. */
  function compose(
    chat: ChatState,
    thread: number,
    from: Json,
    fields: Json,
    replyTo?: Stored,
    external?: Stored,
  ): Stored {
    const msg: Json & { message_id: number } = {
      message_id: chat.nextId++,
      from,
      chat: chatJson(chat),
      date: Math.floor(now() / 1000),
    };
    const topic = chat.forum && thread > 1;
    if (topic) msg.message_thread_id = thread;
    // In a forum topic every message replies to the topic's creation message, as on Telegram.
    const target = replyTo ?? (topic && chat.type === 'supergroup' ? chat.messages.get(thread) : undefined);
    if (target) msg.reply_to_message = shallow(target.msg);
    if (external) {
      msg.external_reply = {
        origin: { type: 'user', sender_user: external.msg.from, date: external.msg.date },
        chat: external.msg.chat,
        message_id: external.msg.message_id,
      };
    }
    Object.assign(msg, fields);
    if (topic) msg.is_topic_message = true;
    const senderId = (from as { id: number }).id;
    const stored: Stored = { msg, thread: chat.forum ? thread : 0, senderId, service: false, pinned: false };
    chat.messages.set(msg.message_id, stored);
    return stored;
  }

  /** A replied-to message, as Telegram nests it: without its own `reply_to_message`. */
  function shallow(msg: Json): Json {
    const { reply_to_message: _, ...rest } = msg;
    return rest;
  }

  /** Gives a user's message to the bots of its chat. */
  function deliver(chat: ChatState, stored: Stored, kind: 'message' | 'edited_message' = 'message') {
    if (chat.type === 'private') {
      const bot = [...world.bots.values()].find((b) => b.id === chat.botId);
      if (bot && bot.id !== stored.senderId) push(bot, kind, stored.msg);
      return;
    }
    for (const bot of world.bots.values()) {
      const member = chat.members.get(bot.id);
      if (!member || member.status === 'left' || member.status === 'kicked' || bot.id === stored.senderId) continue;
      if (member.status === 'member' && !bot.me.can_read_all_group_messages && !addressed(bot, stored)) continue;
      push(bot, kind, stored.msg);
    }
  }

  /**
   * Privacy mode: a bot that is a plain member (not an admin) sees only commands, replies to its
   * own messages, mentions of it and service messages.
   */
  function addressed(bot: BotState, stored: Stored): boolean {
    const msg = stored.msg;
    if (stored.service) return true;
    const text = typeof msg.text === 'string' ? msg.text : typeof msg.caption === 'string' ? msg.caption : '';
    if (text.startsWith('/')) return true;
    if (text.toLowerCase().includes(`@${bot.user.username.toLowerCase()}`)) return true;
    const replied = msg.reply_to_message as { from?: { id?: number }; forum_topic_created?: unknown } | undefined;
    return replied?.from?.id === bot.id && replied.forum_topic_created === undefined;
  }

  function push(bot: BotState, type: string, payload: Json) {
    const allowed = bot.allowed;
    if (allowed ? !allowed.has(type) : DEFAULT_UPDATES.includes(type)) return;
    bot.queue.push({ update_id: bot.nextUpdateId++, [type]: structuredClone(payload) });
    if (bot.webhook) pump(bot);
    else bot.poll?.finish();
  }

  function pump(bot: BotState) {
    if (bot.pumping || !bot.webhook || closed) return;
    bot.pumping = true;
    const run = (async () => {
      try {
        const send = options.webhookFetch ?? ((url, init) => fetch(url, init));
        for (let guard = 0; guard < 100_000 && bot.webhook && bot.queue.length > 0 && !closed; guard++) {
          const hook = bot.webhook;
          const update = bot.queue[0]!;
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (hook.secret !== undefined) headers['x-telegram-bot-api-secret-token'] = hook.secret;
          let ok = false;
          try {
            const response = await send(hook.url, { method: 'POST', headers, body: JSON.stringify(update) });
            const text = await response.text().catch(() => '');
            if (response.status >= 200 && response.status < 300) {
              ok = true;
              await replyInResponse(bot, text);
            } else {
              hook.lastErrorMessage = `Wrong response from the webhook: ${response.status} ${response.statusText || reason(response.status)}`;
            }
          } catch (error) {
            hook.lastErrorMessage = `Connection failed: ${error instanceof Error ? error.message : String(error)}`;
          }
          if (ok) {
            if (bot.queue[0] === update) bot.queue.shift();
            continue;
          }
          hook.lastErrorDate = Math.floor(now() / 1000);
          if (!closed && bot.webhook === hook) {
            clearTimeout(hook.retryTimer);
            hook.retryTimer = setTimeout(() => {
              hook.retryTimer = undefined;
              pump(bot);
            }, options.webhookRetryMs ?? 1000);
            // A retry alone does not keep a Node process alive (a test that forgot close() still ends).
            (hook.retryTimer as { unref?: () => void }).unref?.();
          }
          break;
        }
      } finally {
        bot.pumping = false;
      }
    })();
    inflight.add(run);
    void run.finally(() => inflight.delete(run));
  }

  /** A webhook answer may carry one method call; it is executed and its result dropped. */
  async function replyInResponse(bot: BotState, text: string) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof body !== 'object' || body === null || typeof (body as Json).method !== 'string') return;
    const method = ((body as Json).method as string).toLowerCase();
    if (['setwebhook', 'deletewebhook', 'close', 'logout'].includes(method) || method.startsWith('get')) return;
    const args = new Args();
    for (const [key, value] of Object.entries(body as Json)) {
      if (key === 'method' || value === null || value === undefined) continue;
      if (typeof value === 'string') args.add(key, value);
      else args.addParsed(key, value);
    }
    await dispatch(bot, method, args).catch(() => undefined);
  }

  async function dispatch(bot: BotState, method: string, args: Args, signal?: AbortSignal): Promise<unknown> {
    const handler = handlers.get(method.toLowerCase());
    if (!handler) throw new Failure(404, 'Not Found');
    return handler.run(bot, args, signal);
  }

  function authorize(token: string): BotState | Failure {
    const bot = world.bots.get(token);
    if (bot) return bot;
    if (token.length > 80 || !INVALID_TOKEN.test(token))
      return new Failure(401, 'Unauthorized: invalid token specified');
    return new Failure(401, 'Unauthorized');
  }

  async function serve(request: RawRequest): Promise<RawResponse> {
    const path = request.url.pathname;
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (file) {
      const bot = authorize(decodeURIComponent(file[1]!));
      if (bot instanceof Failure) return failure(bot);
      const record = world.filesByPath.get(file[2]!.split('/').map(decodeURIComponent).join('/'));
      if (!record) return failure(new Failure(404, 'Not Found'));
      return { status: 200, headers: { 'content-type': record.type }, body: record.bytes };
    }
    const call = /^\/bot([^/]*)\/([^/]*)\/?$/.exec(path);
    if (!call) return failure(new Failure(404, 'Not Found'));
    const bot = authorize(decodeURIComponent(call[1]!));
    if (bot instanceof Failure) return failure(bot);
    const method = call[2]!.toLowerCase();
    if (!handlers.has(method)) return failure(new Failure(404, 'Not Found'));
    try {
      const args = await readArgs(request);
      const result = await dispatch(bot, method, args, request.signal);
      if (result instanceof Described)
        return json({ ok: true, result: result.result, description: result.description });
      return json({ ok: true, result });
    } catch (error) {
      if (error instanceof Failure) return failure(error);
      const text = error instanceof Error ? error.message : String(error);
      return failure(new Failure(500, `Internal Server Error: ${text}`));
    }
  }

  // ---------------------------------------------------------------- the other side

  function createBot(opts: BotOptions = {}): EmulatedBot {
    let token = opts.token;
    let id: number;
    if (token !== undefined) {
      if (!INVALID_TOKEN.test(token) || token.length > 80) throw new Error('createBot: token must look like "123:ABC"');
      id = Number(token.slice(0, token.indexOf(':')));
    } else {
      id = nextBotId++;
      token = `${id}:AA${id.toString(36).padEnd(10, 'x')}_emulator-token-${world.bots.size + 1}`;
    }
    const n = world.bots.size + 1;
    const username = opts.username ?? (n === 1 ? 'emulator_bot' : `emulator_bot${n}`);
    const user = { id, is_bot: true, first_name: opts.first_name ?? 'Emulator Bot', username };
    const bot: BotState = {
      id,
      token,
      user,
      me: {
        ...user,
        can_join_groups: true,
        can_read_all_group_messages: opts.can_read_all_group_messages ?? false,
        supports_inline_queries: false,
        can_connect_to_business: false,
        has_main_web_app: false,
        has_topics_enabled: opts.has_topics_enabled ?? false,
        allows_users_to_create_topics: false,
      },
      hasTopics: opts.has_topics_enabled ?? false,
      queue: [],
      nextUpdateId: 100_000_001 + n * 1_000_000,
      allowed: undefined,
      poll: undefined,
      webhook: undefined,
      pumping: false,
      commands: [],
    };
    world.bots.set(token, bot);
    world.users.set(id, user);
    polls.add(bot);
    return { token, id, username, user: user as User };
  }

  const first = createBot(options.bot);

  function botOf(token?: string): BotState {
    const bot = world.bots.get(token ?? first.token);
    if (!bot) throw new Error('emulator: no bot with this token');
    return bot;
  }

  function createUser(opts: UserOptions = {}): User {
    const id = opts.id ?? nextUserId++;
    const user: Json & { id: number } = {
      id,
      is_bot: false,
      first_name: opts.first_name ?? `User ${world.users.size}`,
    };
    if (opts.last_name !== undefined) user.last_name = opts.last_name;
    if (opts.username !== undefined) user.username = opts.username;
    if (opts.language_code !== undefined) user.language_code = opts.language_code;
    world.users.set(id, user);
    return user as unknown as User;
  }

  function groupOf(chatId: number): ChatState {
    const chat = world.chats.get(chatId);
    if (!chat) throw new Error(`emulator: no group chat ${chatId}`);
    return chat;
  }

  function userOf(user: User | number): Json & { id: number } {
    const id = typeof user === 'number' ? user : user.id;
    const found = world.users.get(id);
    if (!found) throw new Error(`emulator: no user ${id}; create it with createUser()`);
    return found;
  }

  function createForum(opts: ForumOptions = {}): Chat.SupergroupChat {
    const n = nextChat++;
    const id = -(1_000_000_000_000 + n);
    const chat = newChat(id, 'supergroup', opts.title ?? `Forum ${n}`, opts.username, opts.is_forum ?? true);
    // Message 1 is the chat's creation (and the General topic's root): topics start at 2.
    chat.nextId = 2;
    world.chats.set(id, chat);
    if (opts.owner)
      chat.members.set(opts.owner.id, { user: userOf(opts.owner), status: 'creator', rights: DEFAULT_RIGHTS });
    for (const m of opts.members ?? [])
      chat.members.set(m.id, { user: userOf(m), status: 'member', rights: NO_RIGHTS });
    if (opts.bot !== false) {
      // The state the forum starts in: no update for it.
      const bot = botOf(opts.bot ?? first.token);
      chat.members.set(bot.id, botMember(bot, opts.rights ?? {}));
    }
    return chatJson(chat) as unknown as Chat.SupergroupChat;
  }

  /** A bot as a member with the given rights, or as a plain member, or gone. */
  function botMember(bot: BotState, rights: Partial<AdminRights> | 'member' | 'left'): Member {
    return rights === 'member' || rights === 'left'
      ? { user: bot.user, status: rights, rights: NO_RIGHTS }
      : { user: bot.user, status: 'administrator', rights: { ...DEFAULT_RIGHTS, ...rights } };
  }

  function setRights(chatId: number, rights: Partial<AdminRights> | 'member' | 'left', token?: string) {
    const chat = groupOf(chatId);
    const bot = botOf(token);
    setMember(chat, botMember(bot, rights), ownerOf(chat) ?? bot.user);
  }

  function addMember(chatId: number, user: User, status: 'member' | 'administrator' = 'member') {
    const chat = groupOf(chatId);
    const member = userOf(user);
    const rights = status === 'administrator' ? DEFAULT_RIGHTS : NO_RIGHTS;
    // A user who joins adds themselves; an administrator is promoted by the owner.
    setMember(chat, { user: member, status, rights }, status === 'administrator' ? (ownerOf(chat) ?? member) : member);
  }

  function ownerOf(chat: ChatState): (Json & { id: number }) | undefined {
    for (const m of chat.members.values()) if (m.status === 'creator') return m.user;
    return undefined;
  }

  function setMember(chat: ChatState, member: Member, from: Json) {
    const before = memberJson(chat.members.get(member.user.id) ?? { ...member, status: 'left', rights: NO_RIGHTS });
    chat.members.set(member.user.id, member);
    const after = memberJson(member);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    const update = {
      chat: chatJson(chat),
      from,
      date: Math.floor(now() / 1000),
      old_chat_member: before,
      new_chat_member: after,
    };
    for (const bot of world.bots.values()) {
      if (bot.id === member.user.id) push(bot, 'my_chat_member', update);
      else if (chat.members.get(bot.id)?.status === 'administrator') push(bot, 'chat_member', update);
    }
  }

  function isManager(chat: ChatState, userId: number) {
    const m = chat.members.get(userId);
    return m?.status === 'creator' || (m?.status === 'administrator' && m.rights.can_manage_topics);
  }

  function userSends(user: User, text: string, target: SendTarget = {}): Message {
    const from = userOf(user);
    const bot = botOf(target.bot);
    let chat: ChatState;
    if (target.chat_id === undefined || target.chat_id > 0) {
      chat = privateChat(bot, from, true)!;
    } else {
      chat = groupOf(target.chat_id);
      const status = chat.members.get(from.id)?.status;
      if (status === undefined || status === 'left' || status === 'kicked') {
        chat.members.set(from.id, { user: from, status: 'member', rights: NO_RIGHTS });
      }
    }
    const replyTo =
      target.reply_to_message_id === undefined ? undefined : chat.messages.get(target.reply_to_message_id);
    if (target.reply_to_message_id !== undefined && !replyTo) {
      throw new Error(`userSends: no message ${target.reply_to_message_id} in chat ${chat.id}`);
    }
    let thread = 0;
    if (chat.forum) {
      thread = target.message_thread_id ?? replyTo?.thread ?? 1;
      if (thread !== 1 && !chat.topics.has(thread)) throw new Error(`userSends: no topic ${thread} in chat ${chat.id}`);
      const closedTopic = thread === 1 ? chat.general.closed : chat.topics.get(thread)!.closed;
      if (closedTopic && !isManager(chat, from.id)) throw new Error('userSends: TOPIC_CLOSED (the topic is closed)');
    }
    const fields: Json = { text };
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    if (command) fields.entities = [{ offset: 0, length: command[0].length, type: 'bot_command' }];
    const stored = compose(chat, thread, from, fields, replyTo);
    deliver(chat, stored);
    return structuredClone(stored.msg) as unknown as Message;
  }

  function userEdits(user: User, message: { chat: { id: number }; message_id: number }, text: string): Message {
    const from = userOf(user);
    const chat = message.chat.id > 0 ? findUserChat(message.chat.id, message.message_id) : findChat(message.chat.id);
    const stored = chat?.messages.get(message.message_id);
    if (!chat || !stored) throw new Error(`userEdits: no message ${message.message_id} in chat ${message.chat.id}`);
    if (stored.senderId !== from.id || typeof stored.msg.text !== 'string') {
      throw new Error('userEdits: a user can edit only the text of their own messages');
    }
    stored.msg.text = text;
    delete stored.msg.entities;
    stored.msg.edit_date = Math.floor(now() / 1000);
    deliver(chat, stored, 'edited_message');
    return structuredClone(stored.msg) as unknown as Message;
  }

  /** The private chat (of any bot) that holds a message. */
  function findUserChat(userId: number, messageId: number): ChatState | undefined {
    for (const chat of world.privates.values()) {
      if (chat.id === userId && chat.messages.has(messageId)) return chat;
    }
    return undefined;
  }

  function userCreatesTopic(user: User, chatId: number, name: string, opts: { icon_color?: number } = {}): number {
    const from = userOf(user);
    const chat = groupOf(chatId);
    if (!chat.forum) throw new Error('userCreatesTopic: the chat is not a forum');
    const icon_color = opts.icon_color ?? 7322096;
    const stored = compose(chat, chat.nextId, from, { forum_topic_created: { name, icon_color } });
    stored.service = true;
    chat.topics.set(stored.msg.message_id, {
      id: stored.msg.message_id,
      name,
      icon_color,
      icon_custom_emoji_id: undefined,
      closed: false,
      creatorId: from.id,
    });
    deliver(chat, stored);
    return stored.msg.message_id;
  }

  function findChat(chatId: number, token?: string): ChatState | undefined {
    if (chatId < 0) return world.chats.get(chatId);
    return world.privates.get(`${botOf(token).id}:${chatId}`);
  }

  function userPresses(user: User, message: { chat: { id: number }; message_id: number }, button: string): string {
    const from = userOf(user);
    const chat = message.chat.id > 0 ? findUserChat(message.chat.id, message.message_id) : findChat(message.chat.id);
    const stored = chat?.messages.get(message.message_id);
    if (!chat || !stored) throw new Error(`userPresses: no message ${message.message_id} in chat ${message.chat.id}`);
    const markup = stored.msg.reply_markup as { inline_keyboard?: Json[][] } | undefined;
    const buttons = (markup?.inline_keyboard ?? []).flat();
    const pressed =
      buttons.find((b) => b.callback_data === button) ??
      buttons.find((b) => b.text === button && typeof b.callback_data === 'string');
    if (!pressed) throw new Error(`userPresses: no callback button "${button}" on message ${message.message_id}`);
    const bot = [...world.bots.values()].find((b) => b.id === stored.senderId);
    if (!bot) throw new Error('userPresses: the message was not sent by a bot');
    const id = String(nextQuery++);
    world.callbacks.set(id, { botId: bot.id, at: now(), answer: undefined });
    push(bot, 'callback_query', {
      id,
      from,
      message: stored.msg,
      chat_instance: String(Math.abs(chat.id * 7919) % 9_007_199_254_740_881),
      data: pressed.callback_data,
    });
    return id;
  }

  function topics(chatId: number): EmulatedTopic[] {
    const chat = groupOf(chatId);
    const general: EmulatedTopic = {
      message_thread_id: 1,
      name: chat.general.name,
      icon_color: 7322096,
      is_general: true,
      is_closed: chat.general.closed,
      is_hidden: chat.general.hidden,
    };
    const list: EmulatedTopic[] = [...chat.topics.values()].map((t) => {
      const topic: EmulatedTopic = {
        message_thread_id: t.id,
        name: t.name,
        icon_color: t.icon_color,
        is_general: false,
        is_closed: t.closed,
        is_hidden: false,
      };
      if (t.icon_custom_emoji_id !== undefined) topic.icon_custom_emoji_id = t.icon_custom_emoji_id;
      return topic;
    });
    return chat.forum ? [general, ...list] : list;
  }

  function messages(chatId: number, threadId?: number, token?: string): Message[] {
    const chat = findChat(chatId, token);
    if (!chat) return [];
    const out: Message[] = [];
    for (const stored of chat.messages.values()) {
      if (threadId === undefined || stored.thread === threadId)
        out.push(structuredClone(stored.msg) as unknown as Message);
    }
    return out;
  }

  async function listen(opts: { port?: number } = {}) {
    const { startServer } = await import('./listen.js');
    const server = await startServer(serve, opts.port ?? 0);
    servers.add(server.close);
    return {
      url: server.url,
      close: async () => {
        servers.delete(server.close);
        await server.close();
      },
    };
  }

  async function close() {
    closed = true;
    for (const bot of world.bots.values()) {
      bot.poll?.finish();
      if (bot.webhook) clearTimeout(bot.webhook.retryTimer);
    }
    await Promise.allSettled([...inflight]);
    await Promise.allSettled([...servers].map((stop) => stop()));
    servers.clear();
  }

  const emulator: Emulator = {
    async fetch(input, init) {
      const request = fromFetch(input, init);
      // Like fetch: an aborted request rejects with the signal's reason (a long poll ends at once).
      request.signal?.throwIfAborted();
      const answer = await serve(request);
      request.signal?.throwIfAborted();
      return new Response(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
    },
    apiRoot,
    listen,
    close,
    client(clientOptions = {}) {
      return createClient({
        token: first.token,
        apiRoot,
        fetch: (url, init) => emulator.fetch(url, init as RequestInit),
        ...clientOptions,
      });
    },
    bot: first,
    methods: [...handlers.values()].map((h) => h.method).sort(),
    createBot,
    createUser,
    createForum,
    setRights,
    addMember,
    userSends,
    userEdits,
    userCreatesTopic,
    userPresses,
    callbackAnswer: (id) => world.callbacks.get(id)?.answer,
    topics,
    messages,
    keyboard: (chatId, token) => findChat(chatId, token)?.replyKeyboard,
    pendingUpdates: (token) => structuredClone(botOf(token).queue) as unknown as Update[],
    async settled() {
      for (let i = 0; i < 1000 && inflight.size > 0; i++) await Promise.allSettled([...inflight]);
    },
  };
  return emulator;
}

function reason(status: number): string {
  const reasons: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    410: 'Gone',
    413: 'Payload Too Large',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return reasons[status] ?? '';
}
