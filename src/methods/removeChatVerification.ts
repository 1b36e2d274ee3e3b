import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes the verification the bot gave a chat.
 *
 * @param client - the client to call through
 * @param params - `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#removechatverification
 */
export function removeChatVerification(
  client: Client,
  params: Params<'removeChatVerification'>,
  options?: CallOptions,
): Promise<Result<'removeChatVerification'>> {
  return client.call('removeChatVerification', params, options);
}
