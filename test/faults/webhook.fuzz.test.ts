// The contract this checks (DESIGN.md → Updates): webhookHandler({ onUpdate, secretToken }) →
// (Request) => Promise<Response>; wrong or missing secret → 401, non-POST → 405, bad JSON → 400,
// body over the limit → 413, onUpdate threw → 500, else 200.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookHandler } from '../../src/updates/index.js';

const SEED = Number(process.env.FAULT_SEED ?? 0x5eed);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const SECRET = 'fuzz_Secret-Token_0123456789';
const STATUSES = [200, 400, 401, 405, 413, 500];

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

const update = fc.record({
  update_id: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  message: fc.record({
    message_id: fc.nat(),
    date: fc.nat(),
    chat: fc.record({ id: fc.integer(), type: fc.constantFrom('private', 'group', 'supergroup') }),
    message_thread_id: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    text: fc.string({ maxLength: 200 }),
  }),
});

/** A body: text (valid or not JSON), bytes (maybe invalid UTF-8), or a large one. */
const body = fc.oneof(
  { weight: 4, arbitrary: update.map((u) => ({ text: JSON.stringify(u) })) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => ({ text: JSON.stringify(v) })) },
  { weight: 2, arbitrary: fc.string({ maxLength: 300 }).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ bytes })) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 64 * 1024, max: 2 * 1024 * 1024 })
      .map((size) => ({ text: `{"update_id":1,"pad":"${'x'.repeat(size)}"}`, large: true })),
  },
  { weight: 1, arbitrary: fc.constant({ text: '' }) },
);

const secretHeader = fc.oneof(
  { weight: 14, arbitrary: fc.constant(SECRET) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant(`${SECRET}x`) },
  { weight: 1, arbitrary: fc.constant(SECRET.slice(0, -1)) },
  { weight: 1, arbitrary: fc.constant(SECRET.toUpperCase()) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{0,256}$/) },
);

const request = fc.record({
  method: fc.oneof(
    { weight: 6, arbitrary: fc.constant('POST') },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS') },
  ),
  secret: secretHeader,
  contentType: fc.option(fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'), {
    nil: undefined,
  }),
  body,
  onUpdate: fc.constantFrom('ok', 'throws', 'rejects'),
});

const isJsonObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

describe(`webhook handler fuzzing (${RUNS} runs, seed ${SEED})`, () => {
  it('always answers a defined status, never throws, and calls onUpdate only for an authenticated JSON object', async () => {
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const calls: unknown[] = [];
        const handler = webhookHandler({
          secretToken: SECRET,
          onUpdate: async (u: unknown) => {
            calls.push(u);
            if (r.onUpdate === 'throws') throw new Error('handler crashed');
            if (r.onUpdate === 'rejects') return Promise.reject(new Error('handler rejected'));
          },
          onError: () => {}, // the answers are what is checked here; reports: webhookBoundary.test.ts
        });
        const headers = new Headers();
        if (r.secret !== undefined) headers.set('x-telegram-bot-api-secret-token', r.secret);
        if (r.contentType) headers.set('content-type', r.contentType);
        const hasBody = r.method !== 'GET' && r.method !== 'HEAD';
        const payload = 'bytes' in r.body ? r.body.bytes : r.body.text;
        const req = new Request('https://bot.example/webhook', {
          method: r.method,
          headers,
          ...(hasBody ? { body: payload } : {}),
        });

        // Never an escaped exception: the promise resolves with a Response.
        const res: Response = await handler(req);
        expect(res).toBeInstanceOf(Response);
        expect(STATUSES).toContain(res.status);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;

        const authentic = r.secret === SECRET;
        // What the body means, read the way a Request reads it (invalid UTF-8 becomes U+FFFD).
        const text = 'bytes' in r.body ? new TextDecoder().decode(r.body.bytes) : r.body.text;
        let parsed: unknown;
        let isJson = true;
        try {
          parsed = JSON.parse(text);
        } catch {
          isJson = false;
        }
        // The handler also wants an integer update_id, as every Update has.
        const validObject =
          hasBody && isJson && isJsonObject(parsed) && Number.isInteger((parsed as { update_id?: unknown }).update_id);
        const jsonType = r.contentType?.startsWith('application/json') ?? false;
        // onUpdate only for an authenticated POST whose body is a JSON object, with that object.
        if (calls.length > 0) {
          expect(r.method).toBe('POST');
          expect(authentic).toBe(true);
          expect(calls).toHaveLength(1);
          expect(validObject).toBe(true);
          expect(calls[0]).toEqual(parsed);
        }
        if (!authentic && r.method === 'POST') expect(res.status).toBe(401);
        if (r.method !== 'POST') expect([401, 405]).toContain(res.status);
        if (res.status === 413) expect(calls).toHaveLength(0);
        if (r.method === 'POST' && authentic && !('large' in r.body)) {
          if (validObject && jsonType) {
            expect(calls).toHaveLength(1);
            expect(res.status).toBe(r.onUpdate === 'ok' ? 200 : 500);
          } else if (!validObject) {
            expect(calls).toHaveLength(0);
            expect(res.status).toBe(400);
          }
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`webhook fuzz statuses ${JSON.stringify(statuses)}`);
    expect(unhandled).toEqual([]);
  }, 120_000);
});
