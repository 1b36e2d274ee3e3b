import type { CallOptions, Client } from '../client/types.js';
import type { Result } from '../types/methods.js';

/**
 * Closes the bot instance on a local Bot API server before you move it to another one. Delete the
 * webhook first, or the bot may start again when the server restarts; Telegram answers 429 during
 * the first ten minutes after the bot was launched.
 *
 * @param client - the client to call through
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#close
 */
export function close(client: Client, options?: CallOptions): Promise<Result<'close'>> {
  return client.call('close', {}, options);
}
