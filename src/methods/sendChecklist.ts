import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sends a checklist on behalf of a connected business account.
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, `chat_id`, `checklist`, and any other Bot API parameter
 *   of sendChecklist
 * @param options - `signal`, `timeoutMs`
 * @returns the sent `Message`
 * @see https://core.telegram.org/bots/api#sendchecklist
 */
export function sendChecklist(
  client: Client,
  params: Params<'sendChecklist'>,
  options?: CallOptions,
): Promise<Result<'sendChecklist'>> {
  return client.call('sendChecklist', params, options);
}
