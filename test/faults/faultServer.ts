import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mix, pick, prng } from './prng.js';

/** The faults the server injects. */
export type Fault = 'reset' | 'html502' | 'truncated' | 'slow' | 'flood' | 'floodLong';

/** What the fault server does; every field has a default that suits the fault suite. */
export interface FaultServerOptions {
  /** Seed of every random choice. */
  seed: number;
  /** Chance that an attempt gets a fault (until the call's fault budget is spent). */
  faultRate?: number;
  /** Most faults one logical call (or one run of getUpdates) gets in a row: sequences are bounded. */
  maxFaultsInRow?: number;
  /** Relative weights of the faults. */
  weights?: Record<Fault, number>;
  /** How long a `slow` answer takes, in ms: more than the client's timeout. */
  slowMs?: number;
  /** `retry_after` of a `flood` (short, under the client's cap) and `floodLong` (over it), in s. */
  retryAfter?: { short: number; long: number };
  /** Updates that getUpdates serves, numbered 1…N. Default 0. */
  updates?: number;
  /** Answer every getUpdates after this many with `409 Conflict` (another instance polls). */
  conflictAfter?: number;
}

/** One request the server received. */
export interface Attempt {
  method: string;
  key: string;
  fault: Fault | undefined;
}

/** Reads the key that names a logical call: `text` for sends, else `chat_id`. */
const keyOf = (body: Record<string, unknown>) => String(body.text ?? body.chat_id ?? '');

/**
 * A loopback Bot API on 127.0.0.1 that injects faults in seeded, bounded sequences.
 *
 * For calls other than getUpdates, each logical call (named by its `text` or `chat_id`) gets
 * its own fault sequence, drawn from the seed and its key, so the sequence does not depend on
 * the order in which concurrent requests arrive: attempt 1 gets the first fault, and so on,
 * and after at most `maxFaultsInRow` faults every attempt succeeds.
 *
 * getUpdates serves a queue of `updates` updates with the Bot API's confirmation rule: a
 * request with `offset` confirms every update below it, and the answer holds the first
 * `limit` unconfirmed updates. Its faults come from one seeded stream, never more than
 * `maxFaultsInRow` in a row.
 */
export async function startFaultServer(options: FaultServerOptions) {
  const faultRate = options.faultRate ?? 0.3;
  const maxFaultsInRow = options.maxFaultsInRow ?? 3;
  const weights = options.weights ?? { reset: 3, html502: 2, truncated: 2, slow: 1, flood: 1, floodLong: 0.5 };
  const slowMs = options.slowMs ?? 1000;
  const retryAfter = options.retryAfter ?? { short: 1, long: 30 };

  const sequences = new Map<string, Fault[]>();
  const attempts = new Map<string, Attempt[]>();
  const faults: Record<Fault, number> = { reset: 0, html502: 0, truncated: 0, slow: 0, flood: 0, floodLong: 0 };
  const requests: Record<string, number> = {};
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const sequenceOf = (key: string): Fault[] => {
    let seq = sequences.get(key);
    if (!seq) {
      const random = prng(mix(options.seed, key));
      seq = [];
      while (seq.length < maxFaultsInRow && random() < faultRate) seq.push(pick(random, weights));
      sequences.set(key, seq);
    }
    return seq;
  };

  // getUpdates state.
  const total = options.updates ?? 0;
  let confirmed = 0;
  const deliveries = new Map<number, number>();
  const updateRandom = prng(mix(options.seed, 'getUpdates'));
  let updateFaultsInRow = 0;
  const nextUpdateFault = (): Fault | undefined => {
    if (updateFaultsInRow >= maxFaultsInRow || updateRandom() >= faultRate) {
      updateFaultsInRow = 0;
      return undefined;
    }
    updateFaultsInRow++;
    return pick(updateRandom, weights);
  };
  const update = (id: number) => ({
    update_id: id,
    message: {
      message_id: id,
      date: 1_700_000_000,
      chat: { id: -1001, type: 'supergroup', title: 'Forum', is_forum: true },
      message_thread_id: 1 + (id % 7),
      is_topic_message: true,
      text: `update ${id}`,
    },
  });

  const success = (method: string, body: Record<string, unknown>, delivered = true): unknown => {
    if (method === 'getUpdates') {
      const offset = typeof body.offset === 'number' ? body.offset : undefined;
      if (offset !== undefined && offset - 1 > confirmed) confirmed = Math.min(offset - 1, total);
      const limit = typeof body.limit === 'number' ? body.limit : 100;
      const batch = [];
      for (let id = confirmed + 1; id <= total && batch.length < limit; id++) {
        if (delivered) deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
        batch.push(update(id));
      }
      return batch;
    }
    if (method === 'sendMessage') {
      return { message_id: 1, date: 1_700_000_000, chat: { id: body.chat_id, type: 'private' }, text: body.text };
    }
    return { id: body.chat_id, type: 'private', first_name: 'Fault' };
  };

  const json = (res: ServerResponse, status: number, value: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));

  const respond = (req: IncomingMessage, res: ServerResponse, method: string, body: Record<string, unknown>) => {
    const key = keyOf(body);
    let fault: Fault | undefined;
    if (method === 'getUpdates' && (requests.getUpdates ?? 0) >= (options.conflictAfter ?? Number.POSITIVE_INFINITY)) {
      requests.getUpdates = (requests.getUpdates ?? 0) + 1;
      json(res, 409, {
        ok: false,
        error_code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
      return;
    }
    if (method === 'getUpdates') {
      fault = nextUpdateFault();
    } else {
      const list = attempts.get(key) ?? [];
      fault = sequenceOf(key)[list.length];
    }
    const attempt: Attempt = { method, key, fault };
    if (method !== 'getUpdates') {
      const list = attempts.get(key) ?? [];
      list.push(attempt);
      attempts.set(key, list);
    }
    requests[method] = (requests[method] ?? 0) + 1;
    if (fault) faults[fault]++;
    // Error pages and garbled bodies quote the request path (the token), as real proxies do.
    const path = req.url ?? '';
    switch (fault) {
      case 'reset':
        res.socket?.resetAndDestroy();
        return;
      case 'html502':
        res.writeHead(502, { 'content-type': 'text/html' }).end(`<html><body>502 Bad Gateway: ${path}</body></html>`);
        return;
      case 'truncated': {
        const full = JSON.stringify({ ok: true, result: { path, data: success(method, body, false) } });
        res.writeHead(200, { 'content-type': 'application/json' }).end(full.slice(0, full.length - 7));
        return;
      }
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) json(res, 200, { ok: true, result: success(method, body, false) });
        }, slowMs);
        timers.add(timer);
        return;
      }
      case 'flood':
      case 'floodLong': {
        const seconds = fault === 'flood' ? retryAfter.short : retryAfter.long;
        res.setHeader('retry-after', String(seconds));
        json(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${seconds}`,
          parameters: { retry_after: seconds },
        });
        return;
      }
      default:
        json(res, 200, { ok: true, result: success(method, body) });
    }
  };

  const server = createServer((req, res) => {
    res.on('error', () => {});
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => {});
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop() ?? '';
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {}
      respond(req, res, method, body);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    /** The `apiRoot` to give `createClient`. */
    url: `http://127.0.0.1:${port}`,
    /** Requests received per logical call key. */
    attempts,
    /** Faults injected, by kind. */
    faults,
    /** Requests received, by method. */
    requests,
    /** getUpdates: how often each update was handed out in a readable, timely answer. */
    deliveries,
    /** getUpdates: the highest update id confirmed by an offset. */
    confirmed: () => confirmed,
    /** Stops the server, pending slow answers and open connections. */
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The handle {@link startFaultServer} resolves with. */
export type FaultServer = Awaited<ReturnType<typeof startFaultServer>>;
