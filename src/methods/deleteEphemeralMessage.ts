import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Deletes an ephemeral message the bot sent to one user; the user may miss the deletion if offline.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `receiver_user_id` and `ephemeral_message_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deleteephemeralmessage
 */
export function deleteEphemeralMessage(
  client: Client,
  params: Params<'deleteEphemeralMessage'>,
  options?: CallOptions,
): Promise<Result<'deleteEphemeralMessage'>> {
  return client.call('deleteEphemeralMessage', params, options);
}
