import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Deletes messages on behalf of a business account (the bot needs `can_delete_outgoing_messages`
 * for its own messages, `can_delete_all_messages` for any).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id` and `message_ids`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletebusinessmessages
 */
export function deleteBusinessMessages(
  client: Client,
  params: Params<'deleteBusinessMessages'>,
  options?: CallOptions,
): Promise<Result<'deleteBusinessMessages'>> {
  return client.call('deleteBusinessMessages', params, options);
}
