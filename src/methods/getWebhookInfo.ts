import type { CallOptions, Client } from '../client/types.js';
import type { Result } from '../types/methods.js';

/**
 * Returns the webhook's status: its `url` (empty while the bot uses `getUpdates`), pending
 * update count and the last delivery error.
 *
 * @param client - the client to call through
 * @param options - `signal`, `timeoutMs`
 * @returns the `WebhookInfo`
 * @see https://core.telegram.org/bots/api#getwebhookinfo
 */
export function getWebhookInfo(client: Client, options?: CallOptions): Promise<Result<'getWebhookInfo'>> {
  return client.call('getWebhookInfo', {}, options);
}
