import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lists a user's profile pictures, each in several sizes.
 *
 * @param client - the client to call through
 * @param params - `user_id`, and optionally `offset` and `limit`
 * @param options - `signal`, `timeoutMs`
 * @returns the `UserProfilePhotos`
 * @see https://core.telegram.org/bots/api#getuserprofilephotos
 */
export function getUserProfilePhotos(
  client: Client,
  params: Params<'getUserProfilePhotos'>,
  options?: CallOptions,
): Promise<Result<'getUserProfilePhotos'>> {
  return client.call('getUserProfilePhotos', params, options);
}
