import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { API_ROOT, answer, server as msw, TOKEN } from '../../test/helpers/msw.js';
import { createClient as createFetchClient } from '../client/createClient.js';
import { createClient } from './createClient.js';
import { createNodeFetch } from './fetch.js';

describe('the Node transport under msw', () => {
  it('is seen by msw (and other interceptors of node:http), over https too', async () => {
    const seen = answer('getMe', { id: 1, is_bot: true, first_name: 'b' });
    const client = createFetchClient({ token: TOKEN, apiRoot: API_ROOT, fetch: createNodeFetch(), retry: false });
    await expect(client.call('getMe')).resolves.toMatchObject({ id: 1 });
    expect(seen[0]?.path).toBe(`/bot${TOKEN}/getMe`);
  });
});

describe("the Node build's createClient", () => {
  it('sends through the Node transport by default, never the global fetch', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    try {
      const seen = answer('getMe', 42);
      const client = createClient({ token: TOKEN, apiRoot: API_ROOT, retry: false });
      await expect(client.call('getMe')).resolves.toBe(42);
      expect(spy).not.toHaveBeenCalled();
      expect(seen).toHaveLength(1); // msw saw it through node:https
    } finally {
      spy.mockRestore();
    }
  });

  it('uses the fetch it is given, e.g. the global one', async () => {
    msw.use(http.post(`${API_ROOT}/bot${TOKEN}/getMe`, () => HttpResponse.json({ ok: true, result: 7 })));
    const calls: string[] = [];
    const client = createClient({
      token: TOKEN,
      retry: false,
      fetch: (url, init) => {
        calls.push(init.method);
        return fetch(url, init);
      },
    });
    await expect(client.call('getMe')).resolves.toBe(7);
    expect(calls).toEqual(['POST']);
  });

  it('checks its options like the other build', () => {
    expect(() => createClient({ token: 'nope' })).toThrow(expect.objectContaining({ field: 'token' }));
    expect(() => createClient(undefined as never)).toThrow(expect.objectContaining({ field: 'token' }));
  });
});
