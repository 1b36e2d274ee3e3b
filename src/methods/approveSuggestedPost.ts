import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Approves a post suggested in a channel's direct-messages chat, to be published now or at
 * `send_date`. The bot needs `can_post_messages` in the channel.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_id`, and optionally `send_date`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#approvesuggestedpost
 */
export function approveSuggestedPost(
  client: Client,
  params: Params<'approveSuggestedPost'>,
  options?: CallOptions,
): Promise<Result<'approveSuggestedPost'>> {
  return client.call('approveSuggestedPost', params, options);
}
