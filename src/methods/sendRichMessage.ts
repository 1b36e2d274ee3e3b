import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a rich message: blocks of formatted text, media, tables and buttons (Bot API 10.1). A block
 * with media needs the right to send that media in the chat. It goes into a topic when
 * `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one; the General topic's id
 * is dropped, so it lands in General. In a channel's direct-messages chat,
 * `direct_messages_topic_id` names the topic instead.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `rich_message`, and any other Bot API parameter of sendRichMessage
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendrichmessage
 */
export function sendRichMessage(
  client: Client,
  params: Params<'sendRichMessage'>,
  options?: CallOptions,
): Promise<Result<'sendRichMessage'>> {
  return client.call('sendRichMessage', params, options);
}
