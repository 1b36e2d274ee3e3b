import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Makes the bot leave a group, supergroup or channel.
 *
 * @param client - the client to call through
 * @param params - `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#leavechat
 */
export function leaveChat(
  client: Client,
  params: Params<'leaveChat'>,
  options?: CallOptions,
): Promise<Result<'leaveChat'>> {
  return client.call('leaveChat', params, options);
}
