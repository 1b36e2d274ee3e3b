import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Pins a message in a chat. The bot needs the `can_pin_messages` right (`can_edit_messages` in
 * a channel).
 *
 * @param client - the client to call through
 * @param params - `chat_id`, `message_id`, and optionally `disable_notification`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#pinchatmessage
 */
export function pinChatMessage(
  client: Client,
  params: Params<'pinChatMessage'>,
  options?: CallOptions,
): Promise<Result<'pinChatMessage'>> {
  return client.call('pinChatMessage', params, options);
}
