import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Verifies a chat on behalf of the organization the bot represents.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, and optionally `custom_description`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#verifychat
 */
export function verifyChat(
  client: Client,
  params: Params<'verifyChat'>,
  options?: CallOptions,
): Promise<Result<'verifyChat'>> {
  return client.call('verifyChat', params, options);
}
