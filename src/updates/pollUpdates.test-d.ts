import type { RequestListener } from 'node:http';
import { describe, expectTypeOf, it } from 'vitest';
import type { Client } from '../client/types.js';
import type { Update } from '../types/botApi.js';
import { type PollHandlerOptions, type PollOptions, pollUpdates } from './pollUpdates.js';
import { toNodeListener } from './toNodeListener.js';
import { webhookHandler } from './webhookHandler.js';

describe('updates types', () => {
  it('pollUpdates yields Update; with onUpdate it is a promise', () => {
    const client = {} as Client;
    expectTypeOf(pollUpdates(client)).toEqualTypeOf<AsyncIterableIterator<Update>>();
    expectTypeOf(pollUpdates(client, { timeout: 5 } satisfies PollOptions)).toEqualTypeOf<
      AsyncIterableIterator<Update>
    >();
    expectTypeOf(pollUpdates(client, { onUpdate: () => {} })).toEqualTypeOf<Promise<void>>();
    // Not a literal either: an options object that holds onUpdate picks the handler form.
    const options: PollHandlerOptions = { onUpdate: () => {}, maxAttempts: 3 };
    expectTypeOf(pollUpdates(client, options)).toEqualTypeOf<Promise<void>>();
    // The same handler object serves the webhook.
    webhookHandler({ ...options, secretToken: 'x' });
    // @ts-expect-error -- onError (with the update) belongs to the handler form; faults go to onRetry
    pollUpdates(client, { onError: (_error: unknown, _update?: Update) => {} });
    expectTypeOf<PollOptions['allowed_updates']>().toExtend<readonly string[] | undefined>();
  });

  it('webhookHandler is a web-standard handler, toNodeListener a node:http listener', () => {
    expectTypeOf(webhookHandler).returns.toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf(toNodeListener).parameter(0).toEqualTypeOf<(request: Request) => Promise<Response>>();
    const listener = toNodeListener(webhookHandler({ allowUnauthenticated: true, onUpdate: () => {} }));
    expectTypeOf(listener).toExtend<RequestListener>();
    // @ts-expect-error -- allowed_updates are update kinds, not any string
    pollUpdates({} as Client, { allowed_updates: ['messages'] });
  });
});
