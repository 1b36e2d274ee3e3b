import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Edits a story the bot posted for a managed business account (right `can_manage_stories`). Rejects
 * with a `ValidationError`, sending nothing, for an unknown `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, `story_id`, `content`, and any other Bot API parameter
 *   of editStory
 * @param options - `signal`, `timeoutMs`
 * @returns the edited `Story`
 * @see https://core.telegram.org/bots/api#editstory
 */
export async function editStory(
  client: Client,
  params: Params<'editStory'>,
  options?: CallOptions,
): Promise<Result<'editStory'>> {
  checkParseMode('editStory', params);
  return client.call('editStory', params, options);
}
