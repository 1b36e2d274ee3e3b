import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkMessageIds } from './checks.js';

/**
 * Deletes 1-100 messages of one chat in a call; the rules of `deleteMessage` apply to each.
 * Messages that cannot be found are skipped. Rejects with a `ValidationError`, sending nothing,
 * when `message_ids` does not hold 1-100 ids.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_ids`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletemessages
 */
export async function deleteMessages(
  client: Client,
  params: Params<'deleteMessages'>,
  options?: CallOptions,
): Promise<Result<'deleteMessages'>> {
  checkMessageIds('deleteMessages', params.message_ids);
  return client.call('deleteMessages', params, options);
}
