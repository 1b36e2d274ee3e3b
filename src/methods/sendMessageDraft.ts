import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkDraft, checkParseMode } from './checks.js';

/**
 * Streams a partial message to a user while it is being generated, as a preview that lasts about 30
 * seconds; send the finished text with `sendMessage` to keep it. Calls with the same `draft_id`
 * animate the change. Private chats only; rejects with a `ValidationError`, sending nothing, for a
 * chat that is not private, a `draft_id` of 0 or an unknown `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `chat_id` (a private chat), `draft_id` (not 0), and optionally
 *   `message_thread_id`, `text` (empty shows a "Thinking…" placeholder), `parse_mode`, `entities`,
 *   `can_stop`, `keep_on_stop`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#sendmessagedraft
 */
export async function sendMessageDraft(
  client: Client,
  params: Params<'sendMessageDraft'>,
  options?: CallOptions,
): Promise<Result<'sendMessageDraft'>> {
  checkDraft('sendMessageDraft', params);
  checkParseMode('sendMessageDraft', params);
  return client.call('sendMessageDraft', params, options);
}
