import { describe, expectTypeOf, it } from 'vitest';
import type { RetryOptions, Transformer } from '../client/types.js';
import { createClient, type ThrottleOptions, throttle } from '../index.js';

describe('throttle and retry types', () => {
  it('throttle takes optional options and returns a Transformer usable by client.use', () => {
    expectTypeOf(throttle).parameters.toEqualTypeOf<[options?: ThrottleOptions]>();
    expectTypeOf(throttle()).toEqualTypeOf<Transformer>();
    expectTypeOf(createClient({ token: '1:a' }).use).toBeCallableWith(throttle({ maxQueue: 10 }));
    // @ts-expect-error a rate is a number
    throttle({ globalPerSecond: '30' });
  });

  it('retryUnsafe takes a boolean or a (readonly) list of method names', () => {
    expectTypeOf<{ retryUnsafe: true }>().toExtend<RetryOptions>();
    expectTypeOf<{ retryUnsafe: readonly ['answerCallbackQuery'] }>().toExtend<RetryOptions>();
    expectTypeOf<{ retryUnsafe: 'sendMessage' }>().not.toExtend<RetryOptions>();
  });
});
