import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Declines a post suggested in a channel's direct-messages chat, optionally with a `comment`. The
 * bot needs `can_manage_direct_messages` in the channel.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_id`, and optionally `comment`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#declinesuggestedpost
 */
export function declineSuggestedPost(
  client: Client,
  params: Params<'declineSuggestedPost'>,
  options?: CallOptions,
): Promise<Result<'declineSuggestedPost'>> {
  return client.call('declineSuggestedPost', params, options);
}
