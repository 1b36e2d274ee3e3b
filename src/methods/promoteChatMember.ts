import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Promotes a member of a supergroup or channel to administrator, or demotes one when every right is
 * `false`. The bot can grant only rights it has; `can_manage_topics` is the one a forum bot usually
 * gives.
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `user_id`, and any other Bot API parameter of promoteChatMember
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#promotechatmember
 */
export function promoteChatMember(
  client: Client,
  params: Params<'promoteChatMember'>,
  options?: CallOptions,
): Promise<Result<'promoteChatMember'>> {
  return client.call('promoteChatMember', params, options);
}
