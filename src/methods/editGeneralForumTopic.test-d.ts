import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Params } from '../types/methods.js';
import { editGeneralForumTopic } from './editGeneralForumTopic.js';

declare const client: Client;

describe('editGeneralForumTopic types', () => {
  it('takes a client, the chat and a name, resolves with true', () => {
    expectTypeOf(editGeneralForumTopic).parameters.toEqualTypeOf<
      [Client, Params<'editGeneralForumTopic'>, CallOptions?]
    >();
    expectTypeOf<Params<'editGeneralForumTopic'>>().toEqualTypeOf<{ chat_id: number | string; name: string }>();
    expectTypeOf(editGeneralForumTopic).returns.resolves.toEqualTypeOf<true>();
    // @ts-expect-error a name is required
    editGeneralForumTopic(client, { chat_id: -1001234567890 });
  });
});
