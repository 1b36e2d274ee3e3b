import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends photos or videos that users unlock by paying `star_count` Telegram Stars. It goes into a
 * topic when `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one; the General
 * topic's id is dropped, so it lands in General. In a channel's direct-messages chat,
 * `direct_messages_topic_id` names the topic instead. Rejects with a `ValidationError`, sending
 * nothing, for an unknown `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `star_count`, `media`, and any other Bot API parameter of
 *   sendPaidMedia
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendpaidmedia
 */
export async function sendPaidMedia(
  client: Client,
  params: Params<'sendPaidMedia'>,
  options?: CallOptions,
): Promise<Result<'sendPaidMedia'>> {
  checkParseMode('sendPaidMedia', params);
  return client.call('sendPaidMedia', params, options);
}
