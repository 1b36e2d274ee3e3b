import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Replaces a checklist sent on behalf of a connected business account.
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, `chat_id`, `message_id` and `checklist`, and optionally
 *   `reply_markup`
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Message`
 * @see https://core.telegram.org/bots/api#editmessagechecklist
 */
export function editMessageChecklist(
  client: Client,
  params: Params<'editMessageChecklist'>,
  options?: CallOptions,
): Promise<Result<'editMessageChecklist'>> {
  return client.call('editMessageChecklist', params, options);
}
