import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes a user's emoji status; the user must have allowed it in a Mini App
 * (`requestEmojiStatusAccess`).
 *
 * @param client - the client to call through
 * @param params - `user_id`, and optionally `emoji_status_custom_emoji_id` and
 *   `emoji_status_expiration_date`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setuseremojistatus
 */
export function setUserEmojiStatus(
  client: Client,
  params: Params<'setUserEmojiStatus'>,
  options?: CallOptions,
): Promise<Result<'setUserEmojiStatus'>> {
  return client.call('setUserEmojiStatus', params, options);
}
