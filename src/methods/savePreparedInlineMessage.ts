import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Stores a message that a user of a Mini App can then send to the chats you allow.
 *
 * @param client - the client to call through
 * @param params - `user_id`, `result`, and any other Bot API parameter of savePreparedInlineMessage
 * @param options - `signal`, `timeoutMs`
 * @returns the `PreparedInlineMessage` (its `id` goes to the Mini App)
 * @see https://core.telegram.org/bots/api#savepreparedinlinemessage
 */
export function savePreparedInlineMessage(
  client: Client,
  params: Params<'savePreparedInlineMessage'>,
  options?: CallOptions,
): Promise<Result<'savePreparedInlineMessage'>> {
  return client.call('savePreparedInlineMessage', params, options);
}
