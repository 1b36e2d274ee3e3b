import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends an invoice: a payment request in a currency, or in Telegram Stars (`XTR`). It goes into a
 * topic when `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one; the General
 * topic's id is dropped, so it lands in General. In a channel's direct-messages chat,
 * `direct_messages_topic_id` names the topic instead.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `title`, `description`, `payload`, `currency`, `prices`, and any other
 *   Bot API parameter of sendInvoice
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendinvoice
 */
export function sendInvoice(
  client: Client,
  params: Params<'sendInvoice'>,
  options?: CallOptions,
): Promise<Result<'sendInvoice'>> {
  return client.call('sendInvoice', params, options);
}
