import type { CallOptions, Client } from '../client/types.js';
import { invalid, ValidationError } from '../errors/errors.js';
import type { Params, Result } from '../types/methods.js';
import { checkOneOf, checkParseMode } from './checks.js';

/**
 * Sends a native poll, into a topic when `message_thread_id` (or the `"chat*thread"` form of
 * `chat_id`) names one.
 *
 * Checked before sending: a non-empty `question`, 1-12 `options` (Bot API 10.3; a one-option
 * poll is allowed since users may add options), `type` `"regular"` or `"quiz"`, and the parse modes.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `question`, `options`, and any other Bot API parameter of sendPoll
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message` with its `poll`
 * @see https://core.telegram.org/bots/api#sendpoll
 */
export async function sendPoll(
  client: Client,
  params: Params<'sendPoll'>,
  options?: CallOptions,
): Promise<Result<'sendPoll'>> {
  const method = 'sendPoll';
  if (typeof params.question !== 'string' || params.question === '') {
    throw invalid('question', 'must be a non-empty string', method);
  }
  const list: unknown = params.options;
  if (!Array.isArray(list) || list.length < 1 || list.length > 12) {
    throw new ValidationError('options must hold 1-12 answer options', { method, field: 'options' });
  }
  checkOneOf(method, 'type', params.type, ['regular', 'quiz']);
  checkParseMode(method, params, 'question_parse_mode');
  checkParseMode(method, params, 'explanation_parse_mode');
  return client.call(method, params, options);
}
