import { describe, expectTypeOf, it } from 'vitest';
import type { CallOptions, Client } from '../client/types.js';
import type { Sticker } from '../types/botApi.js';
import { getForumTopicIconStickers } from './getForumTopicIconStickers.js';

declare const client: Client;

describe('getForumTopicIconStickers types', () => {
  it('takes a client and options only, resolves with stickers whose custom_emoji_id is a string', () => {
    expectTypeOf(getForumTopicIconStickers).parameters.toEqualTypeOf<[Client, CallOptions?]>();
    expectTypeOf(getForumTopicIconStickers).returns.resolves.toEqualTypeOf<Sticker[]>();
    expectTypeOf<Sticker['custom_emoji_id']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error no parameters
    getForumTopicIconStickers(client, { chat_id: 1 });
  });
});
