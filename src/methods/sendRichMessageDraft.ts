import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkDraft } from './checks.js';

/**
 * Streams a partial rich message to a user while it is being generated, as a preview that lasts
 * about 30 seconds; send the finished message with `sendRichMessage` to keep it. Private chats
 * only; rejects with a `ValidationError`, sending nothing, for a chat that is not private or a
 * `draft_id` of 0.
 *
 * @param client - the client to call through
 * @param params - `chat_id` (a private chat), `draft_id` (not 0), `rich_message`, and optionally
 *   `message_thread_id`, `can_stop`, `keep_on_stop`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#sendrichmessagedraft
 */
export async function sendRichMessageDraft(
  client: Client,
  params: Params<'sendRichMessageDraft'>,
  options?: CallOptions,
): Promise<Result<'sendRichMessageDraft'>> {
  checkDraft('sendRichMessageDraft', params);
  return client.call('sendRichMessageDraft', params, options);
}
