import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Marks an incoming message as read on behalf of a managed business account (right
 * `can_read_messages`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, `chat_id` and `message_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#readbusinessmessage
 */
export function readBusinessMessage(
  client: Client,
  params: Params<'readBusinessMessage'>,
  options?: CallOptions,
): Promise<Result<'readBusinessMessage'>> {
  return client.call('readBusinessMessage', params, options);
}
