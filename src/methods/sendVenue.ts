import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a venue: a named place with an address and a point on the map. It goes into a topic when
 * `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one; the General topic's id
 * is dropped, so it lands in General. In a channel's direct-messages chat,
 * `direct_messages_topic_id` names the topic instead.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `latitude`, `longitude`, `title`, `address`, and any other Bot API
 *   parameter of sendVenue
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendvenue
 */
export function sendVenue(
  client: Client,
  params: Params<'sendVenue'>,
  options?: CallOptions,
): Promise<Result<'sendVenue'>> {
  return client.call('sendVenue', params, options);
}
