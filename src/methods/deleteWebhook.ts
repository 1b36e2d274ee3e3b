import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Removes the webhook so that `getUpdates` works again.
 *
 * @param client - the client to call through
 * @param params - optionally `drop_pending_updates`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#deletewebhook
 */
export function deleteWebhook(
  client: Client,
  params?: Params<'deleteWebhook'>,
  options?: CallOptions,
): Promise<Result<'deleteWebhook'>> {
  return client.call('deleteWebhook', params, options);
}
