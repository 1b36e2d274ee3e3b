import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the number of members in a chat.
 *
 * @param client - the client to call through
 * @param params - `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the number of members
 * @see https://core.telegram.org/bots/api#getchatmembercount
 */
export function getChatMemberCount(
  client: Client,
  params: Params<'getChatMemberCount'>,
  options?: CallOptions,
): Promise<Result<'getChatMemberCount'>> {
  return client.call('getChatMemberCount', params, options);
}
