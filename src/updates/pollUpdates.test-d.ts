import type { RequestListener } from 'node:http';
import { describe, expectTypeOf, it } from 'vitest';
import type { Client } from '../client/types.js';
import type { Update } from '../types/botApi.js';
import { type PollOptions, pollUpdates } from './pollUpdates.js';
import { toNodeListener } from './toNodeListener.js';
import { webhookHandler } from './webhookHandler.js';

describe('updates types', () => {
  it('pollUpdates yields Update', () => {
    expectTypeOf(pollUpdates).parameters.toEqualTypeOf<[Client, PollOptions?]>();
    expectTypeOf(pollUpdates).returns.toExtend<AsyncIterable<Update>>();
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
