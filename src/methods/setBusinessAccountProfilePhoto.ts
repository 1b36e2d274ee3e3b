import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the profile photo of a managed business account, or its public photo with `is_public`
 * (right `can_edit_profile_photo`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id` and `photo`, and optionally `is_public`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setbusinessaccountprofilephoto
 */
export function setBusinessAccountProfilePhoto(
  client: Client,
  params: Params<'setBusinessAccountProfilePhoto'>,
  options?: CallOptions,
): Promise<Result<'setBusinessAccountProfilePhoto'>> {
  return client.call('setBusinessAccountProfilePhoto', params, options);
}
