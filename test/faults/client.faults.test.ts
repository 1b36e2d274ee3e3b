import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/createClient.js';
import type { Client, RetryOptions } from '../../src/client/types.js';
import { isApiError, isTelegramError } from '../../src/errors/errors.js';
import { TRANSPORTS } from '../helpers/transports.js';
import { type FaultServer, startFaultServer } from './faultServer.js';
import { prng } from './prng.js';

// Seeded and sized to run in seconds; FAULT_SEED / FAULT_CALLS reproduce or enlarge a run.
const SEED = Number(process.env.FAULT_SEED ?? 0x5eed);
const CALLS = Number(process.env.FAULT_CALLS ?? 10_000);
const CONCURRENCY = 50;
const TOKEN = '424242:AAFault-Secret_0123456789abcdefXYZ';
const SECRET = TOKEN.split(':')[1]!;
const TIMEOUT_MS = 1000;
const retry: RetryOptions = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1500 };

type Kind = 'getChat' | 'sendMessage' | 'sendMessage (retryUnsafe)';
interface Outcome {
  kind: Kind;
  key: string;
  outcome: string;
}

/** Every way an error can reach a log line or a crash report. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  const out = [e.message, String(e), String(e.stack), JSON.stringify(e), inspect(e, { depth: null, showHidden: true })];
  for (let c: unknown = e.cause, i = 0; c !== undefined && i < 10; c = (c as Error).cause, i++) {
    out.push(String((c as Error).message), String((c as Error).stack), inspect(c, { depth: null }));
  }
  return out;
}

const outcomeOf = (error: unknown): string => {
  if (isApiError(error)) return `ApiError ${error.error_code}`;
  return (error as Error).name;
};

let server: FaultServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
});

// The same seeded run through every transport, each with a fault server of its own.
describe.each(TRANSPORTS)(`fault injection: ${CALLS} calls through createClient and %s (seed ${SEED})`, (_, make) => {
  beforeAll(async () => {
    server = await startFaultServer({
      seed: SEED,
      slowMs: 2 * TIMEOUT_MS,
      retryAfter: { short: 1, long: 30 },
      weights: { reset: 3, html502: 2, truncated: 2, slow: 0.5, flood: 0.5, floodLong: 0.5 },
    });
  });
  afterAll(() => server.close());

  it('settles every call with a result or a typed error, leaks no token and never resends a send', async () => {
    const fetch = make();
    const safe = createClient({ token: TOKEN, apiRoot: server.url, timeoutMs: TIMEOUT_MS, retry, fetch });
    const unsafe = createClient({
      token: TOKEN,
      apiRoot: server.url,
      timeoutMs: TIMEOUT_MS,
      retry: { ...retry, retryUnsafe: true },
      fetch,
    });
    const random = prng(SEED);
    const plan: Kind[] = Array.from({ length: CALLS }, () => {
      const x = random();
      return x < 0.4 ? 'getChat' : x < 0.8 ? 'sendMessage' : 'sendMessage (retryUnsafe)';
    });

    const outcomes: Outcome[] = [];
    const wrong: string[] = [];
    const leaks: string[] = [];
    const one = async (i: number) => {
      const kind = plan[i]!;
      // Each logical call carries a unique id, so the server can count what it received.
      const id = 1_000_000 + i;
      const key = kind === 'getChat' ? String(id) : `call-${id}`;
      const client: Client = kind === 'sendMessage (retryUnsafe)' ? unsafe : safe;
      try {
        const result =
          kind === 'getChat'
            ? await client.call('getChat', { chat_id: id })
            : await client.call('sendMessage', { chat_id: id, text: key });
        const echoed = kind === 'getChat' ? (result as { id: number }).id : (result as { text: string }).text;
        if (String(echoed) !== key) wrong.push(`${key} got the answer for ${echoed}`);
        outcomes.push({ kind, key, outcome: 'ok' });
      } catch (error) {
        if (!isTelegramError(error)) wrong.push(`${key} rejected with an untyped ${inspect(error)}`);
        for (const text of renderings(error)) if (text.includes(SECRET)) leaks.push(`${key}: ${text.slice(0, 200)}`);
        outcomes.push({ kind, key, outcome: outcomeOf(error) });
      }
    };

    let nextIndex = 0;
    const worker = async () => {
      while (nextIndex < CALLS) await one(nextIndex++);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    // Every call settled, once, with the answer to its own request or a TelegramError.
    expect(outcomes).toHaveLength(CALLS);
    expect(new Set(outcomes.map((o) => o.key)).size).toBe(CALLS);
    expect(wrong).toEqual([]);
    expect(leaks).toEqual([]);
    expect(unhandled).toEqual([]);

    // What the server counts as carried out: every request it did not refuse with a 429.
    const executed = (key: string) =>
      (server.attempts.get(key) ?? []).filter((a) => a.fault !== 'flood' && a.fault !== 'floodLong').length;
    const resent: Record<Kind, number> = { getChat: 0, sendMessage: 0, 'sendMessage (retryUnsafe)': 0 };
    for (const o of outcomes) {
      const received = server.attempts.get(o.key) ?? [];
      expect(received.length).toBeGreaterThanOrEqual(1);
      expect(received.length).toBeLessThanOrEqual(retry.maxAttempts!);
      if (executed(o.key) > 1) resent[o.kind]++;
      // A success is the server's success: the last attempt it received carried no fault.
      if (o.outcome === 'ok') expect(received.at(-1)?.fault).toBeUndefined();
    }
    // The invariant: a send is never carried out twice unless the caller opted in.
    expect(resent.sendMessage).toBe(0);
    // The counter can see duplicates: the opted-in client does resend, as it was asked to.
    expect(resent['sendMessage (retryUnsafe)']).toBeGreaterThan(0);

    const tally = (kind: Kind) => {
      const counts: Record<string, number> = {};
      for (const o of outcomes) if (o.kind === kind) counts[o.outcome] = (counts[o.outcome] ?? 0) + 1;
      return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
    };
    const figures = {
      seed: SEED,
      calls: CALLS,
      requests: server.requests,
      faultsInjected: server.faults,
      outcomes: {
        getChat: tally('getChat'),
        sendMessage: tally('sendMessage'),
        'sendMessage (retryUnsafe)': tally('sendMessage (retryUnsafe)'),
      },
      carriedOutMoreThanOnce: resent,
      unhandledRejections: unhandled.length,
      tokenLeaks: leaks.length,
    };
    console.log(`fault-injection figures\n${JSON.stringify(figures, null, 2)}`);

    // Every fault kind was exercised, and the short 429s were waited out and retried.
    for (const count of Object.values(server.faults)) expect(count).toBeGreaterThan(0);
    expect(tally('getChat')['ApiError 429']).toBeGreaterThan(0);
    expect(tally('getChat').ok).toBeGreaterThan(tally('sendMessage').ok ?? 0);
  }, 300_000);
});
