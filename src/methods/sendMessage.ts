import type { CallOptions, Client } from '../client/types.js';
import { invalid } from '../errors/errors.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Sends a text message, into a topic when `message_thread_id` (or the `"chat*thread"` form
 * of `chat_id`) names one; the General topic's id is dropped so the message lands in General.
 * Rejects with a `ValidationError`, sending nothing, for an empty `text` or an unknown
 * `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `text`, and any other Bot API parameter of sendMessage
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendmessage
 */
export async function sendMessage(
  client: Client,
  params: Params<'sendMessage'>,
  options?: CallOptions,
): Promise<Result<'sendMessage'>> {
  // Telegram refuses an empty text ("message text is empty"); its length limit is counted after
  // entity parsing, so only emptiness is certain here.
  if (!(typeof params?.text === 'string' && params.text)) {
    throw invalid('text', 'must be a non-empty string', 'sendMessage');
  }
  checkParseMode('sendMessage', params);
  return client.call('sendMessage', params, options);
}
