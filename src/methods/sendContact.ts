import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a phone contact, into a topic when `message_thread_id` (or the `"chat*thread"` form
 * of `chat_id`) names one.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `phone_number`, `first_name`, and any other Bot API parameter of sendContact
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendcontact
 */
export function sendContact(
  client: Client,
  params: Params<'sendContact'>,
  options?: CallOptions,
): Promise<Result<'sendContact'>> {
  return client.call('sendContact', params, options);
}
