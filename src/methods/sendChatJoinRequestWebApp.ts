import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Answers a chat join request query with a Mini App the user sees before the request is decided.
 *
 * @param client - the client to call through
 * @param params - `chat_join_request_query_id` and `web_app_url`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#sendchatjoinrequestwebapp
 */
export function sendChatJoinRequestWebApp(
  client: Client,
  params: Params<'sendChatJoinRequestWebApp'>,
  options?: CallOptions,
): Promise<Result<'sendChatJoinRequestWebApp'>> {
  return client.call('sendChatJoinRequestWebApp', params, options);
}
