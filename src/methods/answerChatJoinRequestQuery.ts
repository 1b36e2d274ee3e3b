import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Decides a chat join request query: `approve`, `decline`, or `queue` it for the administrators.
 *
 * @param client - the client to call through
 * @param params - `chat_join_request_query_id` and `result`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#answerchatjoinrequestquery
 */
export function answerChatJoinRequestQuery(
  client: Client,
  params: Params<'answerChatJoinRequestQuery'>,
  options?: CallOptions,
): Promise<Result<'answerChatJoinRequestQuery'>> {
  return client.call('answerChatJoinRequestQuery', params, options);
}
