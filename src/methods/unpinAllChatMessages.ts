import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Unpins every pinned message of a chat. For one topic use `unpinAllForumTopicMessages`, for
 * the General topic `unpinAllGeneralForumTopicMessages`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#unpinallchatmessages
 */
export function unpinAllChatMessages(
  client: Client,
  params: Params<'unpinAllChatMessages'>,
  options?: CallOptions,
): Promise<Result<'unpinAllChatMessages'>> {
  return client.call('unpinAllChatMessages', params, options);
}
