import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a sticker (WEBP, animated TGS or video WEBM), by `file_id`, URL, or as a file to upload. It
 * goes into a topic when `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one;
 * the General topic's id is dropped, so it lands in General. In a channel's direct-messages chat,
 * `direct_messages_topic_id` names the topic instead.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `sticker`, and any other Bot API parameter of sendSticker
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendsticker
 */
export function sendSticker(
  client: Client,
  params: Params<'sendSticker'>,
  options?: CallOptions,
): Promise<Result<'sendSticker'>> {
  return client.call('sendSticker', params, options);
}
