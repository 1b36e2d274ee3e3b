import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Deletes a story the bot posted for a managed business account (right `can_manage_stories`).
 *
 * @param client - the client to call through
 * @param params - `business_connection_id` and `story_id`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletestory
 */
export function deleteStory(
  client: Client,
  params: Params<'deleteStory'>,
  options?: CallOptions,
): Promise<Result<'deleteStory'>> {
  return client.call('deleteStory', params, options);
}
