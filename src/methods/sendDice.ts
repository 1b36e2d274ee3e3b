import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends an animated emoji that lands on a random value (🎲 by default; also 🎯 🏀 ⚽ 🎳 🎰). It goes into
 * a topic when `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one; the
 * General topic's id is dropped, so it lands in General. In a channel's direct-messages chat,
 * `direct_messages_topic_id` names the topic instead.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, and any other Bot API parameter of sendDice
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#senddice
 */
export function sendDice(
  client: Client,
  params: Params<'sendDice'>,
  options?: CallOptions,
): Promise<Result<'sendDice'>> {
  return client.call('sendDice', params, options);
}
