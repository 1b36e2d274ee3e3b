import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes the profile photo of a managed business account, or its public photo with `is_public`
 * (right `can_edit_profile_photo`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, and optionally `is_public`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#removebusinessaccountprofilephoto
 */
export function removeBusinessAccountProfilePhoto(
  client: Client,
  params: Params<'removeBusinessAccountProfilePhoto'>,
  options?: CallOptions,
): Promise<Result<'removeBusinessAccountProfilePhoto'>> {
  return client.call('removeBusinessAccountProfilePhoto', params, options);
}
