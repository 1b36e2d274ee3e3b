import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends a live photo: a still `photo` and its short `live_photo` video (Bot API 10.0). Each is a
 * `file_id`, a URL, or a file to upload. It goes into a topic when `message_thread_id` (or the
 * `"chat*thread"` form of `chat_id`) names one; the General topic's id is dropped, so it lands in
 * General. In a channel's direct-messages chat, `direct_messages_topic_id` names the topic instead.
 * Rejects with a `ValidationError`, sending nothing, for an unknown `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `live_photo`, `photo`, and any other Bot API parameter of
 *   sendLivePhoto
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendlivephoto
 */
export async function sendLivePhoto(
  client: Client,
  params: Params<'sendLivePhoto'>,
  options?: CallOptions,
): Promise<Result<'sendLivePhoto'>> {
  checkParseMode('sendLivePhoto', params);
  return client.call('sendLivePhoto', params, options);
}
