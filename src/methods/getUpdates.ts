import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Fetches pending updates by long polling: `timeout` seconds (the client adds them to the
 * HTTP timeout), `offset` = highest `update_id` seen + 1 to confirm the earlier ones.
 * Prefer `pollUpdates(client)`, which runs this loop with offsets, backoff and 409 handling.
 *
 * @param client - the client to call through
 * @param params - optionally `offset`, `limit` (1-100), `timeout` (seconds, 0-50), `allowed_updates`
 * @param options - `signal`, `timeoutMs`
 * @returns the updates, oldest first (empty when the poll timed out)
 * @see https://core.telegram.org/bots/api#getupdates
 */
export function getUpdates(
  client: Client,
  params?: Params<'getUpdates'>,
  options?: CallOptions,
): Promise<Result<'getUpdates'>> {
  return client.call('getUpdates', params, options);
}
