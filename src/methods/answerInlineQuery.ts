import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Answers an inline query with up to 50 results.
 *
 * @param client - the client to call through
 * @param params - `inline_query_id`, `results`, and any other Bot API parameter of
 *   answerInlineQuery
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#answerinlinequery
 */
export function answerInlineQuery(
  client: Client,
  params: Params<'answerInlineQuery'>,
  options?: CallOptions,
): Promise<Result<'answerInlineQuery'>> {
  return client.call('answerInlineQuery', params, options);
}
