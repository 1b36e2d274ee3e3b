import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lists the gifts a user owns or hosts, with filters and paging.
 *
 * @param client - the client to call through
 * @param params - `user_id`, and any other Bot API parameter of getUserGifts
 * @param options - `signal`, `timeoutMs`
 * @returns the `OwnedGifts`
 * @see https://core.telegram.org/bots/api#getusergifts
 */
export function getUserGifts(
  client: Client,
  params: Params<'getUserGifts'>,
  options?: CallOptions,
): Promise<Result<'getUserGifts'>> {
  return client.call('getUserGifts', params, options);
}
