import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Edits the caption of an ephemeral message the bot sent to one user; the user may miss the change
 * if offline. Rejects with a `ValidationError`, sending nothing, for an unknown `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `receiver_user_id`, `ephemeral_message_id`, and any other Bot API
 *   parameter of editEphemeralMessageCaption
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#editephemeralmessagecaption
 */
export async function editEphemeralMessageCaption(
  client: Client,
  params: Params<'editEphemeralMessageCaption'>,
  options?: CallOptions,
): Promise<Result<'editEphemeralMessageCaption'>> {
  checkParseMode('editEphemeralMessageCaption', params);
  return client.call('editEphemeralMessageCaption', params, options);
}
