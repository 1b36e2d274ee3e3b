import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the high scores of a game message: the user and several neighbours in the table.
 *
 * @param client - the client to call through
 * @param params - `user_id` and the message (`chat_id` and `message_id`, or `inline_message_id`)
 * @param options - `signal`, `timeoutMs`
 * @returns the scores
 * @see https://core.telegram.org/bots/api#getgamehighscores
 */
export function getGameHighScores(
  client: Client,
  params: Params<'getGameHighScores'>,
  options?: CallOptions,
): Promise<Result<'getGameHighScores'>> {
  return client.call('getGameHighScores', params, options);
}
