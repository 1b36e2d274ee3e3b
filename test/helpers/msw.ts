import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createClient } from '../../src/client/createClient.js';
import type { ClientOptions } from '../../src/client/types.js';

/** A syntactically valid token used only in tests. */
export const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
/** Where the test server answers. */
export const API_ROOT = 'https://api.telegram.org';

/** The msw server, started for the file that imports this helper; unhandled requests fail. */
export const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A recorded request to the Bot API. */
export interface Recorded {
  method: string;
  path: string;
  contentType: string | null;
  json?: unknown;
  form?: FormData;
}

/**
 * Answers `method` with `{ ok: true, result }` (or a custom response) and records what was sent.
 * @returns the list the requests are recorded into
 */
export function answer(method: string, result: unknown | ((req: Recorded) => Response)): Recorded[] {
  const seen: Recorded[] = [];
  server.use(
    http.post(`${API_ROOT}/bot${TOKEN}/${method}`, async ({ request }) => {
      const contentType = request.headers.get('content-type');
      const rec: Recorded = { method, path: new URL(request.url).pathname, contentType };
      if (contentType?.startsWith('multipart/form-data')) rec.form = await request.formData();
      else rec.json = JSON.parse(await request.text());
      seen.push(rec);
      return typeof result === 'function'
        ? (result as (r: Recorded) => Response)(rec)
        : HttpResponse.json({ ok: true, result });
    }),
  );
  return seen;
}

/** A client on the msw-served root with retries off unless asked for. */
export function testClient(options: Partial<ClientOptions> = {}) {
  return createClient({ token: TOKEN, apiRoot: API_ROOT, retry: false, ...options });
}
