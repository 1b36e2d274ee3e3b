import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Replies to a guest message the bot received, with an inline query result.
 *
 * @param client - the client to call through
 * @param params - `guest_query_id` and `result`
 * @param options - `signal`, `timeoutMs`
 * @returns the `SentGuestMessage`
 * @see https://core.telegram.org/bots/api#answerguestquery
 */
export function answerGuestQuery(
  client: Client,
  params: Params<'answerGuestQuery'>,
  options?: CallOptions,
): Promise<Result<'answerGuestQuery'>> {
  return client.call('answerGuestQuery', params, options);
}
