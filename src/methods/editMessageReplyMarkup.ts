import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Replaces (or, without `reply_markup`, removes) the inline keyboard of a message.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_id` (or `inline_message_id`), and `reply_markup`
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Message`, or `true` for an inline message
 * @see https://core.telegram.org/bots/api#editmessagereplymarkup
 */
export function editMessageReplyMarkup(
  client: Client,
  params: Params<'editMessageReplyMarkup'>,
  options?: CallOptions,
): Promise<Result<'editMessageReplyMarkup'>> {
  return client.call('editMessageReplyMarkup', params, options);
}
