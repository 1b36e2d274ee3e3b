import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a point on the map, into a topic when `message_thread_id` (or the `"chat*thread"`
 * form of `chat_id`) names one.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `latitude`, `longitude`, and any other Bot API parameter of sendLocation
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendlocation
 */
export function sendLocation(
  client: Client,
  params: Params<'sendLocation'>,
  options?: CallOptions,
): Promise<Result<'sendLocation'>> {
  return client.call('sendLocation', params, options);
}
