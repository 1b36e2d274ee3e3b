import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Replaces the media of an ephemeral message the bot sent to one user; the user may miss the change
 * if offline. Rejects with a `ValidationError`, sending nothing, for an unknown `parse_mode` of the
 * media.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `receiver_user_id`, `ephemeral_message_id` and `media`, and optionally
 *   `reply_markup`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#editephemeralmessagemedia
 */
export async function editEphemeralMessageMedia(
  client: Client,
  params: Params<'editEphemeralMessageMedia'>,
  options?: CallOptions,
): Promise<Result<'editEphemeralMessageMedia'>> {
  checkParseMode('editEphemeralMessageMedia', params.media ?? {});
  return client.call('editEphemeralMessageMedia', params, options);
}
