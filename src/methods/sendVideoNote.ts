import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a round video message (up to a minute long). `video_note` is a `file_id` or a file to
 * upload; sending one by URL is not supported. It goes into a topic when `message_thread_id` (or
 * the `"chat*thread"` form of `chat_id`) names one; the General topic's id is dropped, so it lands
 * in General. In a channel's direct-messages chat, `direct_messages_topic_id` names the topic
 * instead.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `video_note`, and any other Bot API parameter of sendVideoNote
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendvideonote
 */
export function sendVideoNote(
  client: Client,
  params: Params<'sendVideoNote'>,
  options?: CallOptions,
): Promise<Result<'sendVideoNote'>> {
  return client.call('sendVideoNote', params, options);
}
