import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Returns the bot's menu button in one private chat, or the default one when `chat_id` is left out.
 *
 * @param client - the client to call through
 * @param params - optionally `chat_id`
 * @param options - `signal`, `timeoutMs`
 * @returns the `MenuButton`
 * @see https://core.telegram.org/bots/api#getchatmenubutton
 */
export function getChatMenuButton(
  client: Client,
  params?: Params<'getChatMenuButton'>,
  options?: CallOptions,
): Promise<Result<'getChatMenuButton'>> {
  return client.call('getChatMenuButton', params, options);
}
