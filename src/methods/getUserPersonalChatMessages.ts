import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the latest messages of the personal chat a user shows on their profile.
 *
 * @param client - the client to call through
 * @param params - `user_id` and `limit`
 * @param options - `signal`, `timeoutMs`
 * @returns the messages
 * @see https://core.telegram.org/bots/api#getuserpersonalchatmessages
 */
export function getUserPersonalChatMessages(
  client: Client,
  params: Params<'getUserPersonalChatMessages'>,
  options?: CallOptions,
): Promise<Result<'getUserPersonalChatMessages'>> {
  return client.call('getUserPersonalChatMessages', params, options);
}
