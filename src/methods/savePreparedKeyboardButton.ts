import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Stores a keyboard button (request a user, a chat or a managed bot) that a user of a Mini App can
 * then press.
 *
 * @param client - the client to call through
 * @param params - `user_id` and `button`
 * @param options - `signal`, `timeoutMs`
 * @returns the `PreparedKeyboardButton` (its `id` goes to the Mini App)
 * @see https://core.telegram.org/bots/api#savepreparedkeyboardbutton
 */
export function savePreparedKeyboardButton(
  client: Client,
  params: Params<'savePreparedKeyboardButton'>,
  options?: CallOptions,
): Promise<Result<'savePreparedKeyboardButton'>> {
  return client.call('savePreparedKeyboardButton', params, options);
}
