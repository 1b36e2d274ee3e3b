import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Restricts what a member of a supergroup may do; pass every permission as `true` to lift the
 * restrictions. The bot needs the right to restrict members.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `user_id` and `permissions`, and optionally
 *   `use_independent_chat_permissions` and `until_date`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#restrictchatmember
 */
export function restrictChatMember(
  client: Client,
  params: Params<'restrictChatMember'>,
  options?: CallOptions,
): Promise<Result<'restrictChatMember'>> {
  return client.call('restrictChatMember', params, options);
}
