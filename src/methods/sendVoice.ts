import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends a voice message that clients play inline (OGG/OPUS, MP3 or M4A, up to 50 MB). `voice` is a
 * `file_id`, a URL, or a file to upload. It goes into a topic when `message_thread_id` (or the
 * `"chat*thread"` form of `chat_id`) names one; the General topic's id is dropped, so it lands in
 * General. In a channel's direct-messages chat, `direct_messages_topic_id` names the topic instead.
 * Rejects with a `ValidationError`, sending nothing, for an unknown `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `voice`, and any other Bot API parameter of sendVoice
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendvoice
 */
export async function sendVoice(
  client: Client,
  params: Params<'sendVoice'>,
  options?: CallOptions,
): Promise<Result<'sendVoice'>> {
  checkParseMode('sendVoice', params);
  return client.call('sendVoice', params, options);
}
