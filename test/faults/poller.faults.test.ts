// The contract this checks (DESIGN.md → Updates): pollUpdates(client, { signal?, timeout?, limit?,
// allowed_updates? }) → AsyncIterable<Update>; an update's offset is confirmed only when the
// consumer asks for the next one; 401/409 end the loop with the ApiError; 429 waits retry_after;
// network faults and 5xx back off and resume.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/createClient.js';
import { isApiError } from '../../src/errors/errors.js';
import { pollUpdates } from '../../src/updates/index.js';
import { type FaultServer, startFaultServer } from './faultServer.js';
import { prng } from './prng.js';

const SEED = Number(process.env.FAULT_SEED ?? 0x5eed);
const UPDATES = Number(process.env.FAULT_UPDATES ?? 10_000);
const LIMIT = 100;
// A crash on about 1 delivery in 300: some 30 restarts over 10,000 updates.
const CRASH_RATE = 1 / 300;
const TOKEN = '424242:AAPoller-Secret_0123456789abcdef';
const TIMEOUT_MS = 1000;

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

let server: FaultServer | undefined;
afterEach(() => server?.close());

class ConsumerCrash extends Error {
  override name = 'ConsumerCrash';
}

describe(`poller under faults: ${UPDATES} updates (seed ${SEED})`, () => {
  it('loses no update and redelivers only unconfirmed ones, across faults and consumer crashes', async () => {
    server = await startFaultServer({
      seed: SEED,
      updates: UPDATES,
      faultRate: 0.2,
      maxFaultsInRow: 3,
      slowMs: 2 * TIMEOUT_MS,
      // retry_after 1 s is waited out by the client; 2 s is over its cap and reaches the poller.
      retryAfter: { short: 1, long: 2 },
      weights: { reset: 3, html502: 2, truncated: 2, slow: 1, flood: 0.5, floodLong: 0.5 },
    });
    // Two attempts: the client absorbs some faults, the rest reach the poller's own backoff.
    const client = createClient({
      token: TOKEN,
      apiRoot: server.url,
      timeoutMs: TIMEOUT_MS,
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1500 },
    });
    const random = prng(SEED);
    const handled = new Map<number, number>();
    const delivered = new Map<number, number>();
    const crashedOn: number[] = [];
    const confirmedAtCrash: Array<[number, number]> = [];
    const deadline = AbortSignal.timeout(110_000);
    let runs = 0;
    let outOfOrder = 0;

    while (handled.size < UPDATES && runs < 2_000 && !deadline.aborted) {
      runs++;
      let last = 0;
      try {
        for await (const update of pollUpdates(client, { signal: deadline, limit: LIMIT, timeout: 0 })) {
          const id = update.update_id;
          delivered.set(id, (delivered.get(id) ?? 0) + 1);
          if (id <= last) outOfOrder++;
          last = id;
          if (random() < CRASH_RATE) {
            crashedOn.push(id);
            confirmedAtCrash.push([id, server.confirmed()]);
            throw new ConsumerCrash(`consumer crashed on ${id}`);
          }
          handled.set(id, (handled.get(id) ?? 0) + 1);
          if (handled.size === UPDATES) break;
        }
      } catch (error) {
        if (!(error instanceof ConsumerCrash)) throw error;
      }
    }

    // None lost: every update was handled.
    expect(deadline.aborted).toBe(false);
    expect(handled.size).toBe(UPDATES);
    // Within one run of the poller, updates arrive once each, in order, faults or not.
    expect(outOfOrder).toBe(0);
    // The update being handled when the consumer crashed was not confirmed to Telegram…
    for (const [id, confirmed] of confirmedAtCrash) expect(confirmed).toBeLessThan(id);
    // …so it came back, and was handled on a later run.
    for (const id of crashedOn) expect(handled.get(id)).toBeGreaterThanOrEqual(1);
    // Redelivered after being handled: only updates of a batch cut short by a crash, never
    // more than one batch per crash (zero when the poller confirms on stop).
    let handledTwice = 0;
    for (const count of handled.values()) if (count > 1) handledTwice++;
    expect(handledTwice).toBeLessThanOrEqual(crashedOn.length * LIMIT);
    expect(unhandled).toEqual([]);

    const figures = {
      seed: SEED,
      updates: UPDATES,
      getUpdatesRequests: server.requests.getUpdates,
      faultsInjected: server.faults,
      consumerCrashes: crashedOn.length,
      pollerRuns: runs,
      updatesLost: UPDATES - handled.size,
      deliveredToConsumer: [...delivered.values()].reduce((a, b) => a + b, 0),
      handledMoreThanOnce: handledTwice,
    };
    console.log(`poller fault figures\n${JSON.stringify(figures, null, 2)}`);
    for (const kind of ['reset', 'html502', 'truncated', 'slow'] as const) {
      expect(server.faults[kind]).toBeGreaterThan(0);
    }
  }, 120_000);

  it('ends the loop with the 409 ApiError and does not poll again', async () => {
    server = await startFaultServer({ seed: SEED, updates: 50, faultRate: 0, conflictAfter: 2 });
    const client = createClient({ token: TOKEN, apiRoot: server.url, timeoutMs: TIMEOUT_MS });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const update of pollUpdates(client, { limit: 10, timeout: 0 })) seen.push(update.update_id);
    })().catch((e: unknown) => e);
    expect(isApiError(error) && error.error_code).toBe(409);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(server.requests.getUpdates).toBe(3);
  });

  it('stops at once, without error, when the signal aborts', async () => {
    server = await startFaultServer({ seed: SEED, updates: 5, faultRate: 0 });
    const client = createClient({ token: TOKEN, apiRoot: server.url, timeoutMs: TIMEOUT_MS });
    const controller = new AbortController();
    const seen: number[] = [];
    const run = (async () => {
      for await (const update of pollUpdates(client, { signal: controller.signal, timeout: 0 })) {
        seen.push(update.update_id);
        if (update.update_id === 5) controller.abort();
      }
    })();
    await run.catch((e: unknown) => {
      // Ending with the abort reason is acceptable too; anything else is not.
      expect(e).toBe(controller.signal.reason);
    });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});
