import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Stops updating a live location before its `live_period` ends.
 *
 * @param client - the client to call through
 * @param params - the message (`chat_id` and `message_id`, or `inline_message_id`), and optionally
 *   `reply_markup`
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Message`, or `true` for an inline message
 * @see https://core.telegram.org/bots/api#stopmessagelivelocation
 */
export function stopMessageLiveLocation(
  client: Client,
  params: Params<'stopMessageLiveLocation'>,
  options?: CallOptions,
): Promise<Result<'stopMessageLiveLocation'>> {
  return client.call('stopMessageLiveLocation', params, options);
}
