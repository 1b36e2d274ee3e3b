import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Copies a message without a link to the original, into a topic of the target chat when
 * `message_thread_id` (or the `"chat*thread"` form of `chat_id`) names one.
 *
 * @param client - the client to call through
 * @param params - `chat_id` (target), `from_chat_id`, `message_id`, and any other Bot API parameter of copyMessage
 * @param options - `signal`, `timeoutMs`
 * @returns the `MessageId` of the copy
 * @see https://core.telegram.org/bots/api#copymessage
 */
export async function copyMessage(
  client: Client,
  params: Params<'copyMessage'>,
  options?: CallOptions,
): Promise<Result<'copyMessage'>> {
  checkParseMode('copyMessage', params);
  return client.call('copyMessage', params, options);
}
