import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Moves a live location while its `live_period` runs, until `stopMessageLiveLocation` is called.
 *
 * @param client - the client to call through
 * @param params - `latitude`, `longitude`, the message (`chat_id` and `message_id`, or
 *   `inline_message_id`), and optionally `live_period`, `horizontal_accuracy`, `heading`,
 *   `proximity_alert_radius`, `reply_markup`
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Message`, or `true` for an inline message
 * @see https://core.telegram.org/bots/api#editmessagelivelocation
 */
export function editMessageLiveLocation(
  client: Client,
  params: Params<'editMessageLiveLocation'>,
  options?: CallOptions,
): Promise<Result<'editMessageLiveLocation'>> {
  return client.call('editMessageLiveLocation', params, options);
}
