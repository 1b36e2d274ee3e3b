import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Renames a group, supergroup or channel (1-128 characters).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `title`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setchattitle
 */
export function setChatTitle(
  client: Client,
  params: Params<'setChatTitle'>,
  options?: CallOptions,
): Promise<Result<'setChatTitle'>> {
  return client.call('setChatTitle', params, options);
}
