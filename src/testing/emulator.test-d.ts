import { describe, expectTypeOf, it } from 'vitest';
import type { Client, FetchLike } from '../client/types.js';
import type { Message, User } from '../types/botApi.js';
import { createEmulator, type EmulatedTopic, type WebhookFetch } from './index.js';

describe('emulator types', () => {
  const emulator = createEmulator();

  it('serves as a fetch for createClient and gives clients', () => {
    expectTypeOf(emulator.fetch).toExtend<FetchLike>();
    expectTypeOf(emulator.client()).toEqualTypeOf<Client>();
    expectTypeOf(globalThis.fetch).toExtend<WebhookFetch>();
  });

  it('returns Bot API objects from the test-side helpers', () => {
    expectTypeOf(emulator.createUser()).toEqualTypeOf<User>();
    expectTypeOf(emulator.createForum().id).toEqualTypeOf<number>();
    expectTypeOf(emulator.userSends).returns.toEqualTypeOf<Message>();
    expectTypeOf(emulator.topics).returns.toEqualTypeOf<EmulatedTopic[]>();
    expectTypeOf(emulator.userPresses).returns.toEqualTypeOf<string>();
  });
});
