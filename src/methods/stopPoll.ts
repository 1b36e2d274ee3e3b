import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Closes a poll the bot sent, so that no more votes are counted.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_id`, and optionally `reply_markup`
 * @param options - `signal`, `timeoutMs`
 * @returns the closed `Poll` with its final results
 * @see https://core.telegram.org/bots/api#stoppoll
 */
export function stopPoll(
  client: Client,
  params: Params<'stopPoll'>,
  options?: CallOptions,
): Promise<Result<'stopPoll'>> {
  return client.call('stopPoll', params, options);
}
