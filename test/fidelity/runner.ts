// The one case runner of the fidelity suite. A case is a rule of the official Bot API server
// (tdlib/telegram-bot-api and the TDLib it pins), written from its source, and checked against
// the emulator through HTTP: `emulator.fetch` with a JSON body, a form body or a raw body, so
// `null` values and broken JSON reach the emulator as they would reach the server.
import { createEmulator, type Emulator, type EmulatorOptions } from 'telegram-forum/testing';
import { describe, expect, it } from 'vitest';

/** What every case can refer to: one emulator with a few chats, created fresh per case. */
export interface Fixture {
  readonly emulator: Emulator;
  /** A forum where the bot is an administrator with every right; `owner` owns it, `ann` is in it. */
  readonly forum: number;
  /** A topic of `forum`, created by `owner`. */
  readonly topic: number;
  /** A supergroup without topics, the bot an administrator. */
  readonly group: number;
  /** A forum where the bot is a plain member (no rights). */
  readonly weak: number;
  /** A user who wrote to the bot: `ann` is also the id of the bot's private chat with her. */
  readonly ann: number;
  /** The forum's owner (never wrote to the bot). */
  readonly owner: number;
  /** A message `ann` wrote in `forum` (General). */
  readonly annSaid: number;
  /** Calls a method; see {@link Encoding}. */
  call(method: string, params?: Params, encoding?: Encoding): Promise<Answer>;
  /** Calls a method and returns its result, failing the test on an error. */
  ok<T = Record<string, unknown>>(method: string, params?: Params): Promise<T>;
}

/** Parameters as a client would send them: values are serialised by the encoding. */
export type Params = Record<string, unknown>;

/**
 * How parameters travel: `json` (default: `JSON.stringify` of the object, so `null` stays `null`),
 * `form` (`application/x-www-form-urlencoded`; objects as JSON text), `query` (a GET), or a raw
 * body with its content type.
 */
export type Encoding = 'json' | 'form' | 'query' | { readonly raw: string; readonly type: string };

/** An HTTP answer of the emulator. */
export interface Answer {
  readonly status: number;
  readonly body: { ok: boolean; result?: unknown; error_code?: number; description?: string; parameters?: unknown };
}

/**
 * A rule of the official server. `cite` names where it is written: a file of
 * tdlib/telegram-bot-api (`Client.cpp`, `WebhookActor.cpp` …, all under `telegram-bot-api/`) or a
 * path of tdlib/td (`td/telegram/…`, `tdutils/…`, `tdnet/…`, `test/…`), then the function. A
 * rule that comes from Telegram's own servers is not in the source: its `cite` starts with
 * `Telegram:` and says what answers it.
 */
export interface Case {
  readonly name: string;
  readonly cite: string;
  /** The method called (any case, as the server accepts). */
  readonly method: string;
  readonly params?: Params | ((f: Fixture) => Params);
  readonly encoding?: Encoding | ((f: Fixture) => Encoding);
  /** Prepares the state (runs before the call). */
  readonly setup?: (f: Fixture) => unknown;
  /** Emulator options for this case (a clock, a bot with topics …). */
  readonly options?: EmulatorOptions;
  /** An error: the exact `description` (and `error_code`, 400 unless given). */
  readonly error?: string;
  readonly code?: number;
  /** A success: the result must match this (`toMatchObject`), or pass this check. */
  readonly result?: unknown;
  readonly check?: (result: unknown, f: Fixture, answer: Answer) => unknown;
}

/** A citation as the suite writes it (see {@link Case.cite}). */
export const CITATION =
  /^((Client|ClientManager|HttpConnection|Query|WebhookActor)\.(cpp|h) |(td\/telegram|tdutils|tdnet|tddb|test)\/[\w/.-]+\.(cpp|h|txt) |Telegram: )./;

function encode(params: Params, encoding: Encoding): { query: string; init: RequestInit } {
  if (typeof encoding === 'object') {
    return { query: '', init: { method: 'POST', headers: { 'content-type': encoding.type }, body: encoding.raw } };
  }
  if (encoding === 'json') {
    return {
      query: '',
      init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) },
    };
  }
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) form.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  if (encoding === 'query') return { query: `?${form}`, init: { method: 'GET' } };
  return {
    query: '',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    },
  };
}

/** Calls a method of an emulator's first bot over `emulator.fetch`. */
export async function callEmulator(
  emulator: Emulator,
  method: string,
  params: Params = {},
  encoding: Encoding = 'json',
  token = emulator.bot.token,
): Promise<Answer> {
  const { query, init } = encode(params, encoding);
  const response = await emulator.fetch(`${emulator.apiRoot}/bot${token}/${method}${query}`, init);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** The fixture of one case. */
export function fixture(options: EmulatorOptions = {}): Fixture {
  // Webhook deliveries never leave the process: a case that wants them passes its own fetch.
  const emulator = createEmulator({ webhookFetch: async () => ({ status: 200, text: async () => '' }), ...options });
  const owner = emulator.createUser({ first_name: 'Owner' });
  const ann = emulator.createUser({ first_name: 'Ann', username: 'ann' });
  const forum = emulator.createForum({ title: 'Forum', owner, members: [ann] });
  const group = emulator.createForum({ title: 'Group', is_forum: false, owner, members: [ann] });
  const weak = emulator.createForum({ title: 'Weak', owner, members: [ann], rights: 'member' });
  const topic = emulator.userCreatesTopic(owner, forum.id, 'Topic');
  emulator.userSends(ann, 'hello', {});
  const annSaid = emulator.userSends(ann, 'in General', { chat_id: forum.id }).message_id;
  const f: Fixture = {
    emulator,
    forum: forum.id,
    topic,
    group: group.id,
    weak: weak.id,
    ann: ann.id,
    owner: owner.id,
    annSaid,
    call: (method, params, encoding) => callEmulator(emulator, method, params, encoding),
    async ok<T>(method: string, params?: Params) {
      const answer = await callEmulator(emulator, method, params);
      if (!answer.body.ok) throw new Error(`${method}: ${answer.body.description}`);
      return answer.body.result as T;
    },
  };
  return f;
}

/** Runs one case on a fresh fixture. */
export async function runCase(c: Case): Promise<void> {
  const f = fixture(c.options);
  try {
    await c.setup?.(f);
    const params = typeof c.params === 'function' ? c.params(f) : (c.params ?? {});
    const encoding = typeof c.encoding === 'function' ? c.encoding(f) : (c.encoding ?? 'json');
    const answer = await f.call(c.method, params, encoding);
    if (c.error !== undefined) {
      const code = c.code ?? 400;
      expect({ status: answer.status, ...answer.body }).toMatchObject({
        status: code,
        ok: false,
        error_code: code,
        description: c.error,
      });
      return;
    }
    expect(answer.body, String(answer.body.description)).toMatchObject({ ok: true });
    if (c.result !== undefined) expect(answer.body.result).toMatchObject(c.result as object);
    await c.check?.(answer.body.result, f, answer);
  } finally {
    await f.emulator.close();
  }
}

/** Registers a table of cases: one test per case, named `<rule> — <citation>`. */
export function describeCases(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    it('cites the source (or says it is Telegram) for every case', () => {
      for (const c of cases) expect(c.cite, c.name).toMatch(CITATION);
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });
    it.each(cases.map((c) => [`${c.name} — ${c.cite}`, c] as const))('%s', (_, c) => runCase(c));
  });
}
