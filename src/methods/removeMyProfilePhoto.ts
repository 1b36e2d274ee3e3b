import type { CallOptions, Client } from '../client/types.js';
import type { Result } from '../types/methods.js';

/**
 * Removes the bot's profile photo.
 *
 * @param client - the client to call through
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#removemyprofilephoto
 */
export function removeMyProfilePhoto(client: Client, options?: CallOptions): Promise<Result<'removeMyProfilePhoto'>> {
  return client.call('removeMyProfilePhoto', {}, options);
}
