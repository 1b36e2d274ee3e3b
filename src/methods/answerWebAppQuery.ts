import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Answers a Mini App query: sends a message on behalf of the user to the chat the query came from.
 *
 * @param client - the client to call through
 * @param params - `web_app_query_id` and `result`
 * @param options - `signal`, `timeoutMs`
 * @returns the `SentWebAppMessage`
 * @see https://core.telegram.org/bots/api#answerwebappquery
 */
export function answerWebAppQuery(
  client: Client,
  params: Params<'answerWebAppQuery'>,
  options?: CallOptions,
): Promise<Result<'answerWebAppQuery'>> {
  return client.call('answerWebAppQuery', params, options);
}
