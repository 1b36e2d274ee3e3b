import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';
import { checkParseMode } from './checks.js';

/**
 * Posts a story on behalf of a managed business account (right `can_manage_stories`). Rejects with
 * a `ValidationError`, sending nothing, for an unknown `parse_mode`.
 *
 * @param client - the client to call through
 * @param params - `business_connection_id`, `content`, `active_period`, and any other Bot API
 *   parameter of postStory
 * @param options - `signal`, `timeoutMs`
 * @returns the posted `Story`
 * @see https://core.telegram.org/bots/api#poststory
 */
export async function postStory(
  client: Client,
  params: Params<'postStory'>,
  options?: CallOptions,
): Promise<Result<'postStory'>> {
  checkParseMode('postStory', params);
  return client.call('postStory', params, options);
}
