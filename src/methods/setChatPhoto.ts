import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the photo of a group, supergroup or channel from an uploaded file (not in private chats).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `photo`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setchatphoto
 */
export function setChatPhoto(
  client: Client,
  params: Params<'setChatPhoto'>,
  options?: CallOptions,
): Promise<Result<'setChatPhoto'>> {
  return client.call('setChatPhoto', params, options);
}
