import { Agent, createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient as createFetchClient } from '../client/createClient.js';
import { createNodeFetch } from './fetch.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

// What only the Node transport has; the transport contract it shares with the others is
// checked in test/transports.test.ts.
let api: Server;
let apiRoot = '';
beforeAll(async () => {
  api = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"result":42}'));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const address = api.address();
  apiRoot = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
});

describe('createNodeFetch', () => {
  it('sends through the agent it is given', async () => {
    const opened: Duplex[] = [];
    class CountingAgent extends Agent {
      override createConnection(...args: Parameters<Agent['createConnection']>) {
        const socket = super.createConnection(...args);
        if (socket) opened.push(socket);
        return socket;
      }
    }
    const agent = new CountingAgent({ keepAlive: true });
    const client = createFetchClient({ token: TOKEN, apiRoot, fetch: createNodeFetch({ agent }), retry: false });
    await expect(client.call('getMe')).resolves.toBe(42);
    await expect(client.call('getMe')).resolves.toBe(42);
    expect(opened).toHaveLength(1); // kept alive: the second call reused the socket
    agent.destroy();
  });

  it('refuses an agent that is not an http.Agent', () => {
    expect(() => createNodeFetch({ agent: {} as never })).toThrow(
      expect.objectContaining({ name: 'ValidationError', field: 'agent' }),
    );
  });

  it('brings the light timeout controller', () => {
    const controller = createNodeFetch().timeoutController?.();
    expect(controller?.signal.aborted).toBe(false);
    controller?.abort();
    expect(controller?.signal.aborted).toBe(true);
  });
});
