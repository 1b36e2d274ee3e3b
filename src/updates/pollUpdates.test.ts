import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { answer, type Recorded, testClient } from '../../test/helpers/msw.js';
import type { Update } from '../types/botApi.js';
import { type PollOptions, pollUpdates } from './pollUpdates.js';
import { webhookReply } from './webhookReply.js';

const update = (update_id: number): Update =>
  ({
    update_id,
    message: {
      message_id: update_id,
      date: 0,
      chat: { id: 1, type: 'private', first_name: 'A' },
      text: `#${update_id}`,
    },
  }) as Update;

const hang = (): never => new Promise(() => {}) as never;
const fail = (status: number, description: string, parameters?: object) =>
  HttpResponse.json({ ok: false, error_code: status, description, ...(parameters && { parameters }) }, { status });

type Step = 'ok' | (() => Response);

/**
 * A small Telegram: a queue of updates that getUpdates confirms by offset, plus scripted
 * faults. When a long poll finds the queue empty it aborts `controller` and never answers,
 * so every loop ends.
 */
function telegram(ids: number[], steps: Step[], controller: AbortController) {
  let queue = ids.map(update);
  let step = 0;
  const seen = answer('getUpdates', (rec: Recorded) => {
    const params = rec.json as { offset?: number; limit?: number; timeout?: number };
    if (params.offset !== undefined) queue = queue.filter((u) => u.update_id >= (params.offset as number));
    const next = steps[step++] ?? 'ok';
    if (next !== 'ok') return next();
    if (queue.length === 0 && params.timeout !== 0) {
      controller.abort();
      return hang();
    }
    return HttpResponse.json({ ok: true, result: queue.slice(0, params.limit ?? 100) });
  });
  return {
    params: () => seen.map((r) => r.json as Record<string, unknown>),
    offsets: () => seen.map((r) => (r.json as { offset?: number }).offset),
    push: (...more: number[]) => queue.push(...more.map(update)),
  };
}

/** A sleep that records what it was asked for and returns at once (still honouring the signal). */
function fakeSleep() {
  const asked: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal) => {
    asked.push(ms);
    if (signal?.aborted) throw signal.reason;
  };
  return { asked, sleep };
}

async function consume(iterable: AsyncIterable<Update>, onEach: (u: Update) => void = () => {}) {
  const ids: number[] = [];
  for await (const u of iterable) {
    ids.push(u.update_id);
    onEach(u);
    if (ids.length > 50) throw new Error('runaway loop');
  }
  return ids;
}

describe('pollUpdates offsets', () => {
  it('confirms each batch with the next request, and sends timeout, limit and allowed_updates', async () => {
    const controller = new AbortController();
    const tg = telegram([1, 2], [], controller);
    const seen = await consume(
      pollUpdates(testClient(), {
        signal: controller.signal,
        timeout: 25,
        limit: 2,
        allowed_updates: ['message'],
      }),
      (u) => {
        if (u.update_id === 2) tg.push(3);
      },
    );
    expect(seen).toEqual([1, 2, 3]);
    expect(tg.params()).toEqual([
      { timeout: 25, limit: 2, allowed_updates: ['message'] },
      { timeout: 25, limit: 2, allowed_updates: ['message'], offset: 3 },
      { timeout: 25, limit: 2, allowed_updates: ['message'], offset: 4 },
    ]);
  });

  it('starts from the given offset', async () => {
    const controller = new AbortController();
    const tg = telegram([7], [], controller);
    expect(await consume(pollUpdates(testClient(), { signal: controller.signal, offset: 7 }))).toEqual([7]);
    expect(tg.offsets()).toEqual([7, 8]);
  });

  it('does not confirm the update whose handling threw: the next start gets it again', async () => {
    const controller = new AbortController();
    const tg = telegram([1, 2, 3], [], controller);
    const handled: number[] = [];
    await expect(
      consume(pollUpdates(testClient(), { signal: controller.signal }), (u) => {
        if (u.update_id === 2) throw new Error('handler failed');
        handled.push(u.update_id);
      }),
    ).rejects.toThrow('handler failed');
    expect(handled).toEqual([1]);
    // One short call confirms update 1 only.
    expect(tg.params()).toEqual([{ timeout: 30 }, { offset: 2, limit: 1, timeout: 0 }]);

    const again = await consume(pollUpdates(testClient(), { signal: controller.signal }));
    expect(again).toEqual([2, 3]);
    expect(tg.offsets()).toEqual([undefined, 2, undefined, 4]);
  });

  it('on break, confirms what was handled before the update in hand, which comes again', async () => {
    const controller = new AbortController();
    const tg = telegram([1, 2, 3], [], controller);
    const ids: number[] = [];
    for await (const u of pollUpdates(testClient(), { signal: controller.signal })) {
      ids.push(u.update_id);
      if (u.update_id === 2) break;
    }
    expect(ids).toEqual([1, 2]);
    expect(tg.params()).toEqual([{ timeout: 30 }, { offset: 2, limit: 1, timeout: 0 }]);
    expect(await consume(pollUpdates(testClient(), { signal: controller.signal }))).toEqual([2, 3]);
  });

  it('with confirmOnStop: false, a break sends nothing more', async () => {
    const controller = new AbortController();
    const tg = telegram([1, 2], [], controller);
    for await (const u of pollUpdates(testClient(), { signal: controller.signal, confirmOnStop: false })) {
      if (u.update_id === 2) break;
    }
    expect(tg.offsets()).toEqual([undefined]);
  });
});

describe('pollUpdates errors', () => {
  it('ends with the ApiError on 409, without a confirming call', async () => {
    const controller = new AbortController();
    const conflict =
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
    const tg = telegram([1, 2], ['ok', () => fail(409, conflict)], controller);
    const ids: number[] = [];
    await expect(
      consume(pollUpdates(testClient(), { signal: controller.signal }), (u) => ids.push(u.update_id)),
    ).rejects.toMatchObject({ name: 'ApiError', method: 'getUpdates', error_code: 409, description: conflict });
    expect(ids).toEqual([1, 2]);
    expect(tg.offsets()).toEqual([undefined, 3]);
  });

  it('ends with the ApiError on 401 at the first request', async () => {
    const controller = new AbortController();
    const tg = telegram([1], [() => fail(401, 'Unauthorized')], controller);
    await expect(consume(pollUpdates(testClient(), { signal: controller.signal }))).rejects.toMatchObject({
      name: 'ApiError',
      error_code: 401,
    });
    expect(tg.offsets()).toEqual([undefined]);
  });

  it('waits retry_after on 429, then polls again with the same offset', async () => {
    const controller = new AbortController();
    const { asked, sleep } = fakeSleep();
    const errors: unknown[] = [];
    const tg = telegram(
      [1, 2],
      ['ok', () => fail(429, 'Too Many Requests: retry after 3', { retry_after: 3 })],
      controller,
    );
    const ids = await consume(
      pollUpdates(testClient(), { signal: controller.signal, sleep, onRetry: (e) => errors.push(e) }),
      (u) => {
        if (u.update_id === 1) tg.push(3);
      },
    );
    expect(ids).toEqual([1, 2, 3]);
    expect(asked).toEqual([3000]);
    expect(errors).toMatchObject([{ name: 'ApiError', error_code: 429, retryAfter: 3 }]);
    expect(tg.offsets()).toEqual([undefined, 3, 3, 4]);
  });

  it('backs off with a cap and jitter after dropped connections and 5xx, then resumes', async () => {
    const controller = new AbortController();
    const { asked, sleep } = fakeSleep();
    const errors: unknown[] = [];
    const tg = telegram(
      [1],
      [
        'ok',
        () => HttpResponse.error(),
        () => HttpResponse.error(),
        () => fail(502, 'Bad Gateway'),
        () => new Response('<html>502</html>', { status: 502 }),
      ],
      controller,
    );
    const ids = await consume(
      pollUpdates(testClient(), {
        signal: controller.signal,
        sleep,
        backoffMs: 100,
        maxBackoffMs: 250,
        onRetry: (e, ms) => errors.push([(e as Error).name, ms]),
      }),
      (u) => {
        if (u.update_id === 1) tg.push(2);
      },
    );
    expect(ids).toEqual([1, 2]);
    expect(tg.offsets()).toEqual([undefined, 2, 2, 2, 2, 2, 3]);
    expect(errors.map((e) => (e as [string])[0])).toEqual([
      'NetworkError',
      'NetworkError',
      'ApiError',
      'ResponseError',
    ]);
    const ceilings = [100, 200, 250, 250];
    expect(asked).toHaveLength(4);
    asked.forEach((ms, i) => {
      const ceiling = ceilings[i] as number;
      expect(ms).toBeGreaterThanOrEqual(ceiling / 2);
      expect(ms).toBeLessThanOrEqual(ceiling);
    });
  });

  it('gives each request an HTTP timeout of its long-poll timeout plus the margin, and resumes after one', async () => {
    const controller = new AbortController();
    const { sleep } = fakeSleep();
    const errors: unknown[] = [];
    const tg = telegram([1], [hang], controller);
    const ids = await consume(
      pollUpdates(testClient(), {
        signal: controller.signal,
        sleep,
        timeout: 1,
        timeoutMarginMs: 20,
        onRetry: (e) => errors.push(e),
      }),
    );
    expect(ids).toEqual([1]);
    expect(errors).toMatchObject([{ name: 'TimeoutError', timeoutMs: 1020 }]);
    expect(tg.offsets()).toEqual([undefined, undefined, 2]);
  });

  it('ends with other 4xx errors, which a retry cannot fix', async () => {
    const controller = new AbortController();
    telegram([], [() => fail(400, 'Bad Request: wrong parameter')], controller);
    await expect(consume(pollUpdates(testClient(), { signal: controller.signal }))).rejects.toMatchObject({
      error_code: 400,
    });
  });
});

describe('pollUpdates abort', () => {
  it('ends cleanly (no throw) when aborted mid-poll', async () => {
    const controller = new AbortController();
    const tg = telegram(
      [],
      [
        () => {
          setTimeout(() => controller.abort(new Error('shutdown')), 5);
          return hang();
        },
      ],
      controller,
    );
    await expect(consume(pollUpdates(testClient(), { signal: controller.signal }))).resolves.toEqual([]);
    expect(tg.offsets()).toEqual([undefined]);
  });

  it('ends during a backoff wait when aborted', async () => {
    const controller = new AbortController();
    const tg = telegram(
      [],
      [
        () => {
          setTimeout(() => controller.abort(), 5);
          return HttpResponse.error();
        },
      ],
      controller,
    );
    await expect(consume(pollUpdates(testClient(), { signal: controller.signal, backoffMs: 60_000 }))).resolves.toEqual(
      [],
    );
    expect(tg.offsets()).toEqual([undefined]);
  });

  it('aborted while an update is handled: stops before the rest of the batch and confirms the handled one', async () => {
    const controller = new AbortController();
    const tg = telegram([1, 2, 3], [], controller);
    const ids = await consume(pollUpdates(testClient(), { signal: controller.signal }), () => controller.abort());
    expect(ids).toEqual([1]);
    expect(tg.params()).toEqual([{ timeout: 30 }, { offset: 2, limit: 1, timeout: 0 }]);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const tg = telegram([1], [], controller);
    await expect(consume(pollUpdates(testClient(), { signal: controller.signal }))).resolves.toEqual([]);
    expect(tg.offsets()).toEqual([]);
  });
});

describe('pollUpdates bad options', () => {
  it.each<[string, PollOptions]>([
    ['timeout', { timeout: -1 }],
    ['timeout', { timeout: 51 }],
    ['timeout', { timeout: 1.5 }],
    ['limit', { limit: 0 }],
    ['limit', { limit: 101 }],
    ['allowed_updates', { allowed_updates: 'message' as unknown as [] }],
    ['offset', { offset: Number.NaN }],
    ['timeoutMarginMs', { timeoutMarginMs: 0 }],
    ['maxBackoffMs', { maxBackoffMs: -5 }],
  ])('refuses a bad %s before any request', (field, options) => {
    const seen = answer('getUpdates', []);
    expect(() => pollUpdates(testClient(), options)).toThrow(
      expect.objectContaining({ name: 'ValidationError', method: 'pollUpdates', field }),
    );
    expect(seen).toHaveLength(0);
  });
});

describe('pollUpdates handler form (error boundary)', () => {
  const poison = (id: number) => (u: Update) => {
    if (u.update_id === id) throw new Error(`poison ${id}`);
  };

  it('retries a failing update after a backoff, skips it at maxAttempts, and goes on', async () => {
    const controller = new AbortController();
    const { asked, sleep } = fakeSleep();
    const tg = telegram([1, 2, 3], [], controller);
    const handled: number[] = [];
    const reports: Array<[string, number | undefined]> = [];
    await pollUpdates(testClient(), {
      signal: controller.signal,
      sleep,
      backoffMs: 100,
      maxAttempts: 3,
      onUpdate: (u) => {
        poison(2)(u);
        handled.push(u.update_id);
      },
      onError: (error, u) => reports.push([(error as Error).message, u?.update_id]),
    });
    expect(handled).toEqual([1, 3]);
    expect(reports).toEqual([
      ['poison 2', 2],
      ['poison 2', 2],
      ['poison 2', 2],
      ['update 2 skipped after 3 failed attempts', 2],
    ]);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toBeGreaterThanOrEqual(50);
    expect(asked[1]).toBeGreaterThanOrEqual(100);
    // Update 2 was confirmed with the rest: the next request's offset is past all three.
    expect(tg.offsets()).toEqual([undefined, 4]);
  });

  it('a poison update neither stops the bot nor comes back after a restart', async () => {
    // Each run is one process start; the fake Telegram ends the run when its queue is empty.
    let run = new AbortController();
    const tg = telegram([1, 2, 3], [], { abort: () => run.abort() } as AbortController);
    const runs: number[][] = [];
    for (let i = 0; i < 3; i++) {
      run = new AbortController();
      const seen: number[] = [];
      tg.push(10 + i);
      await pollUpdates(testClient(), {
        signal: run.signal,
        sleep: fakeSleep().sleep,
        maxAttempts: 2,
        onUpdate: (u) => {
          seen.push(u.update_id);
          poison(2)(u);
        },
        onError: () => {},
      });
      runs.push(seen);
    }
    expect(runs).toEqual([[1, 2, 2, 3, 10], [11], [12]]);
  });

  it('sends a returned webhookReply through the client; its failure is a failed attempt', async () => {
    const controller = new AbortController();
    telegram([1], [], controller);
    let sendFailures = 1;
    const sent = answer('sendMessage', () =>
      sendFailures-- > 0
        ? HttpResponse.json({ ok: false, error_code: 400, description: 'Bad Request: chat not found' }, { status: 400 })
        : HttpResponse.json({ ok: true, result: { message_id: 5, date: 0, chat: { id: 1, type: 'private' } } }),
    );
    const reports: unknown[] = [];
    await pollUpdates(testClient(), {
      signal: controller.signal,
      sleep: fakeSleep().sleep,
      onUpdate: (u) => webhookReply('sendMessage', { chat_id: '-1001*9', text: `got ${u.update_id}` }),
      onError: (error) => reports.push(error),
    });
    expect(sent.map((r) => r.json)).toEqual([
      { chat_id: -1001, message_thread_id: 9, text: 'got 1' },
      { chat_id: -1001, message_thread_id: 9, text: 'got 1' },
    ]);
    expect(reports).toMatchObject([{ name: 'ApiError', error_code: 400 }]);
  });

  it('ended by the signal during a retry wait, it leaves the failing update unconfirmed', async () => {
    const controller = new AbortController();
    const tg = telegram([1, 2], [], controller);
    await pollUpdates(testClient(), {
      signal: controller.signal,
      backoffMs: 60_000,
      onUpdate: poison(2),
      onError: () => setTimeout(() => controller.abort(), 5),
    });
    expect(tg.params()).toEqual([{ timeout: 30 }, { offset: 2, limit: 1, timeout: 0 }]);
  });

  it('rejects with the ApiError of a 401, and logs failures with console.error when there is no onError', async () => {
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const controller = new AbortController();
      telegram([4], ['ok', () => fail(401, 'Unauthorized')], controller);
      await expect(
        pollUpdates(testClient(), { signal: controller.signal, maxAttempts: 1, onUpdate: poison(4) }),
      ).rejects.toMatchObject({ name: 'ApiError', error_code: 401 });
      expect(logged.map((args) => [args[0], (args[1] as Error).message])).toEqual([
        ['[telegram-forum] pollUpdates update 4:', 'poison 4'],
        ['[telegram-forum] pollUpdates update 4:', 'update 4 skipped after 1 failed attempt'],
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses bad handler options before any request, and onError without onUpdate', () => {
    const seen = answer('getUpdates', []);
    for (const [field, options] of [
      ['maxAttempts', { onUpdate: () => {}, maxAttempts: 0 }],
      ['onUpdate', { onUpdate: 'x' as never }],
      ['onError', { onError: () => {} } as PollOptions],
      ['limit', { onUpdate: () => {}, limit: 0 }],
    ] as const) {
      expect(() => pollUpdates(testClient(), options as never)).toThrow(
        expect.objectContaining({ name: 'ValidationError', method: 'pollUpdates', field }),
      );
    }
    expect(seen).toHaveLength(0);
  });
});
