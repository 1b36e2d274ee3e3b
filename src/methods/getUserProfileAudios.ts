import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Lists the audio files on a user's profile.
 *
 * @param client - the client to call through
 * @param params - `user_id`, and optionally `offset` and `limit`
 * @param options - `signal`, `timeoutMs`
 * @returns the `UserProfileAudios`
 * @see https://core.telegram.org/bots/api#getuserprofileaudios
 */
export function getUserProfileAudios(
  client: Client,
  params: Params<'getUserProfileAudios'>,
  options?: CallOptions,
): Promise<Result<'getUserProfileAudios'>> {
  return client.call('getUserProfileAudios', params, options);
}
