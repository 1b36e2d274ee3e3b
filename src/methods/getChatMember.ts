import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns a member's status and rights in a chat. For other users it is guaranteed to work only
 * when the bot is an administrator there.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `user_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the `ChatMember`
 * @see https://core.telegram.org/bots/api#getchatmember
 */
export function getChatMember(
  client: Client,
  params: Params<'getChatMember'>,
  options?: CallOptions,
): Promise<Result<'getChatMember'>> {
  return client.call('getChatMember', params, options);
}
