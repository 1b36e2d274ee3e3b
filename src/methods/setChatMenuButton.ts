import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Changes the bot's menu button in one private chat, or the default one when `chat_id` is left out.
 *
 * @param client - the client to call through
 * @param params - optionally `chat_id` and `menu_button`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setchatmenubutton
 */
export function setChatMenuButton(
  client: Client,
  params?: Params<'setChatMenuButton'>,
  options?: CallOptions,
): Promise<Result<'setChatMenuButton'>> {
  return client.call('setChatMenuButton', params, options);
}
