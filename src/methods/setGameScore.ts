import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets a user's score in a game message; Telegram refuses a score that is not higher than the
 * current one unless `force` is set.
 *
 * @param client - the client to call through
 * @param params - `user_id`, `score`, the message (`chat_id` and `message_id`, or
 *   `inline_message_id`), and optionally `force`, `disable_edit_message`
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Message`, or `true` for an inline message
 * @see https://core.telegram.org/bots/api#setgamescore
 */
export function setGameScore(
  client: Client,
  params: Params<'setGameScore'>,
  options?: CallOptions,
): Promise<Result<'setGameScore'>> {
  return client.call('setGameScore', params, options);
}
