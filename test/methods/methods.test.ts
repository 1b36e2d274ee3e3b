import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CallOptions, Client } from '../../src/client/types.js';
import * as api from '../../src/index.js';
import * as methods from '../../src/methods/index.js';
import { isThreadedMethod } from '../../src/topics/constants.js';
import { API_ROOT, server, TOKEN, testClient } from '../helpers/msw.js';
import { expectRefused } from '../helpers/refused.js';
import { ALIASES, type ApiMethod, CASES, type Case, UPLOAD } from './cases.js';

// The table test over every method module: what reaches the wire, the unwrapped result, the
// caller's signal, the legacy "chat*thread" form, and the refusals each row lists. Modules with
// logic of their own keep tests beside them (sendMessage.test.ts, createForumTopic.test.ts, …).

type Module = (client: Client, ...args: unknown[]) => Promise<unknown>;
const modules = methods as unknown as Record<string, Module>;
const rows = Object.entries(CASES) as [ApiMethod, Case<ApiMethod>][];
const names = rows.map(([name]) => name);
const dir = resolve(import.meta.dirname, '../../src/methods');

/** A recorded request: the method from the path, and the JSON body or the multipart field names. */
interface Sent {
  method: string;
  json?: Record<string, unknown>;
  fields?: string[];
}

/** Answers every method with `{ answer: <method> }` and records what was sent. */
function wire(): Sent[] {
  const sent: Sent[] = [];
  server.use(
    http.post(`${API_ROOT}/bot${TOKEN}/:method`, async ({ request, params }) => {
      const method = String(params.method);
      if (request.headers.get('content-type')?.startsWith('multipart/form-data')) {
        sent.push({ method, fields: [...new Set((await request.formData()).keys())] });
      } else sent.push({ method, json: JSON.parse(await request.text()) });
      return HttpResponse.json({ ok: true, result: { answer: method } });
    }),
  );
  return sent;
}

/** Calls a module the way its row says it takes params. */
function call(name: ApiMethod, row: Case<ApiMethod>, params: object | undefined, options?: CallOptions) {
  const module = modules[name] as Module;
  return row.takes === 'nothing' ? module(testClient(), options) : module(testClient(), params, options);
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value));
// The rows upload with inputFile(…, UPLOAD) where the Bot API takes a file only as an upload.
const hasUpload = (params: object | undefined) => JSON.stringify(params ?? {}).includes(`"filename":"${UPLOAD}"`);

describe('the method list', () => {
  it('has a row for every method the types package declares, and no other', () => {
    const require = createRequire(import.meta.url);
    const declarations = readFileSync(require.resolve('@grammyjs/types/methods.d.ts'), 'utf8');
    const declared = [
      ...new Set([...declarations.matchAll(/^ {4}([a-z][A-Za-z]+)(?:<[^>]*>)?\(/gm)].map((m) => m[1] ?? '')),
    ];
    expect(declared).toHaveLength(185);
    expect([...names].sort()).toEqual(declared.sort());
    // The two old names are declared as aliases of their new ones, not as methods of their own.
    for (const [alias, name] of Object.entries(ALIASES)) {
      expect(declarations).toContain(`${alias}: ApiMethods<F>["${name}"]`);
    }
  });

  it('has one module file per row, and no module without a row', () => {
    const files = readdirSync(dir)
      .filter((f) => /^[a-z]\w+\.ts$/.test(f) && !['index.ts', 'checks.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...names, 'downloadFile'].sort());
    expect(Object.keys(methods).sort()).toEqual([...names, 'downloadFile'].sort());
  });

  it('exports every module from the package entry as a function of the same name', () => {
    const exported = api as unknown as Record<string, unknown>;
    expect(names.filter((name) => typeof exported[name] !== 'function' || exported[name] !== modules[name])).toEqual(
      [],
    );
    expect(names.filter((name) => modules[name]?.name !== name)).toEqual([]);
  });
});

describe.each(rows)('%s', (name, row) => {
  const params = row.params as Record<string, unknown> | undefined;

  it(`posts its params to /bot<token>/${name} and resolves with the unwrapped result`, async () => {
    const sent = wire();
    await expect(call(name, row, params)).resolves.toEqual({ answer: name });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe(name);
    if (hasUpload(params)) expect(sent[0]?.fields).toEqual(expect.arrayContaining(Object.keys(params ?? {})));
    else expect(sent[0]?.json).toEqual(json(params ?? {}));
  });

  if (row.takes === 'optional') {
    it('may be called without params', async () => {
      const sent = wire();
      await expect(modules[name]?.(testClient())).resolves.toEqual({ answer: name });
      expect(sent.map((s) => s.json)).toEqual([{}]);
    });
  }

  it("rejects with the caller's abort reason, sending nothing", async () => {
    const sent = wire();
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(call(name, row, params, { signal: controller.signal })).rejects.toThrow('stop');
    expect(sent).toEqual([]);
  });

  if (params !== undefined && 'chat_id' in params) {
    it(
      isThreadedMethod(name)
        ? 'takes the topic in the legacy "chat*thread" form of chat_id'
        : 'refuses the legacy "chat*thread" form, naming itself, sending nothing',
      async () => {
        const sent = wire();
        const { message_thread_id: _, ...rest } = params ?? {};
        const legacy = { ...rest, chat_id: `${String(params?.chat_id)}*77` };
        if (isThreadedMethod(name)) {
          await call(name, row, legacy);
          expect(sent[0]?.json).toEqual(json({ ...rest, message_thread_id: 77 }));
        } else {
          const error = await expectRefused(call(name, row, legacy), [], { method: name, field: 'chat_id' });
          expect(error.message).toContain(`${name} has none`);
          expect(sent).toEqual([]);
        }
      },
    );
  }

  const refusals = row.refuses?.(row.params as never) ?? [];
  if (refusals.length > 0) {
    it('refuses what Telegram would refuse or cut, naming the field, sending nothing', async () => {
      const sent = wire();
      for (const refusal of refusals) {
        await expectRefused(call(name, row, refusal.params), [], { method: name, field: refusal.field });
      }
      expect(sent).toEqual([]);
    });
  }
});
