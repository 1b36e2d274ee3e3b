import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the description of a group, supergroup or channel (0-255 characters).
 *
 * @param client - the client to call through
 * @param params - `chat_id`, and optionally `description`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setchatdescription
 */
export function setChatDescription(
  client: Client,
  params: Params<'setChatDescription'>,
  options?: CallOptions,
): Promise<Result<'setChatDescription'>> {
  return client.call('setChatDescription', params, options);
}
