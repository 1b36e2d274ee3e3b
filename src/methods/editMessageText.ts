import type { CallOptions, Client } from '../client/types.js';
import { invalid } from '../errors/errors.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Replaces the text of a message. `text` must not be empty (Telegram counts its length only
 * after parsing entities, so no upper limit is checked here).
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_id` (or `inline_message_id`), `text`, and any other Bot API
 *   parameter of editMessageText
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Message`, or `true` for an inline message
 * @see https://core.telegram.org/bots/api#editmessagetext
 */
export async function editMessageText(
  client: Client,
  params: Params<'editMessageText'>,
  options?: CallOptions,
): Promise<Result<'editMessageText'>> {
  // Since Bot API 10.1 a rich_message may replace the text.
  if (params.rich_message === undefined && (typeof params.text !== 'string' || params.text === '')) {
    throw invalid('text', 'must be a non-empty string', 'editMessageText');
  }
  checkParseMode('editMessageText', params);
  return client.call('editMessageText', params, options);
}
