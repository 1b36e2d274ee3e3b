import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a game registered with `@BotFather`. It goes into a topic when `message_thread_id` (or the
 * `"chat*thread"` form of `chat_id`) names one; the General topic's id is dropped, so it lands in
 * General.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `game_short_name`, and any other Bot API parameter of sendGame
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendgame
 */
export function sendGame(
  client: Client,
  params: Params<'sendGame'>,
  options?: CallOptions,
): Promise<Result<'sendGame'>> {
  return client.call('sendGame', params, options);
}
