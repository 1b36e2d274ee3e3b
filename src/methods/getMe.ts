import type { CallOptions, Client } from '../client/types.js';
import type { Result } from '../types/methods.js';

/**
 * Returns the bot's own user, with the fields only `getMe` has (`can_join_groups`,
 * `has_topics_enabled`, …). A simple way to test the token.
 *
 * @param client - the client to call through
 * @param options - `signal`, `timeoutMs`
 * @returns the bot as a `User`
 * @see https://core.telegram.org/bots/api#getme
 */
export function getMe(client: Client, options?: CallOptions): Promise<Result<'getMe'>> {
  return client.call('getMe', {}, options);
}
