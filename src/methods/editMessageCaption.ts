import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Replaces the caption of a media message. An empty (or omitted) `caption` removes it.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_id` (or `inline_message_id`), `caption`, and any other Bot
 *   API parameter of editMessageCaption
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Message`, or `true` for an inline message
 * @see https://core.telegram.org/bots/api#editmessagecaption
 */
export async function editMessageCaption(
  client: Client,
  params: Params<'editMessageCaption'>,
  options?: CallOptions,
): Promise<Result<'editMessageCaption'>> {
  checkParseMode('editMessageCaption', params);
  return client.call('editMessageCaption', params, options);
}
