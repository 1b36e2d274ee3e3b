import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes the photo of a group, supergroup or channel.
 *
 * @param client - the client to call through
 * @param params - `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletechatphoto
 */
export function deleteChatPhoto(
  client: Client,
  params: Params<'deleteChatPhoto'>,
  options?: CallOptions,
): Promise<Result<'deleteChatPhoto'>> {
  return client.call('deleteChatPhoto', params, options);
}
