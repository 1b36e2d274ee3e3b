import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Edits the text (or rich content) of an ephemeral message the bot sent to one user; the user may
 * miss the change if offline. Rejects with a `ValidationError`, sending nothing, for an unknown
 * `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `receiver_user_id`, `ephemeral_message_id`, and any other Bot API
 *   parameter of editEphemeralMessageText
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#editephemeralmessagetext
 */
export async function editEphemeralMessageText(
  client: Client,
  params: Params<'editEphemeralMessageText'>,
  options?: CallOptions,
): Promise<Result<'editEphemeralMessageText'>> {
  checkParseMode('editEphemeralMessageText', params);
  return client.call('editEphemeralMessageText', params, options);
}
