import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the bot's profile photo (a static photo or an animation to upload).
 *
 * @param client - the client to call through
 * @param params - `photo`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setmyprofilephoto
 */
export function setMyProfilePhoto(
  client: Client,
  params: Params<'setMyProfilePhoto'>,
  options?: CallOptions,
): Promise<Result<'setMyProfilePhoto'>> {
  return client.call('setMyProfilePhoto', params, options);
}
