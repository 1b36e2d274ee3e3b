import type { CallOptions, Client } from '../client/types.js';
import { ValidationError } from '../errors/errors.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Makes Telegram POST every update to `url` (HTTPS; ports 443, 80, 88 or 8443). Set a
 * `secret_token` (1-256 characters of `A-Z a-z 0-9 _ -`) and check it with `webhookHandler`.
 *
 * @param client - the client to call through
 * @param params - `url`, and optionally `secret_token`, `allowed_updates`, `max_connections`,
 *   `drop_pending_updates`, `certificate`, `ip_address`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setwebhook
 */
export function setWebhook(
  client: Client,
  params: Params<'setWebhook'>,
  options?: CallOptions,
): Promise<Result<'setWebhook'>> {
  const secret = params.secret_token;
  if (secret !== undefined && !(typeof secret === 'string' && /^[\w-]{1,256}$/.test(secret))) {
    return Promise.reject(
      new ValidationError('secret_token must be 1-256 characters of A-Z a-z 0-9 _ -', {
        method: 'setWebhook',
        field: 'secret_token',
      }),
    );
  }
  return client.call('setWebhook', params, options);
}
