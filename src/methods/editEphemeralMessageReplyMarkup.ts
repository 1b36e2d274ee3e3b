import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Replaces the inline keyboard of an ephemeral message the bot sent to one user; the user may miss
 * the change if offline.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `receiver_user_id` and `ephemeral_message_id`, and optionally
 *   `reply_markup`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#editephemeralmessagereplymarkup
 */
export function editEphemeralMessageReplyMarkup(
  client: Client,
  params: Params<'editEphemeralMessageReplyMarkup'>,
  options?: CallOptions,
): Promise<Result<'editEphemeralMessageReplyMarkup'>> {
  return client.call('editEphemeralMessageReplyMarkup', params, options);
}
