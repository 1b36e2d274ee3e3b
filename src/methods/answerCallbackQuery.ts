import type { CallOptions, Client } from '../client/types.js';
import { ValidationError } from '../errors/errors.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Answers a callback query from an inline keyboard button, optionally with a notification or
 * an alert (`text`, at most 200 characters) or a `url` to open.
 *
 * @param client - the client to call through
 * @param params - `callback_query_id`, and optionally `text`, `show_alert`, `url`, `cache_time`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#answercallbackquery
 */
export async function answerCallbackQuery(
  client: Client,
  params: Params<'answerCallbackQuery'>,
  options?: CallOptions,
): Promise<Result<'answerCallbackQuery'>> {
  // Counted in code points, which never exceed Telegram's count: only a sure overflow is refused.
  if (typeof params.text === 'string' && [...params.text].length > 200) {
    throw new ValidationError('text must be at most 200 characters', { method: 'answerCallbackQuery', field: 'text' });
  }
  return client.call('answerCallbackQuery', params, options);
}
