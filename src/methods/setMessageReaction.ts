import type { CallOptions, Client } from '../client/types.js';
import type { Params, Result } from '../types/methods.js';

/**
 * Sets the bot's reaction on a message (bots may set one per message), or removes it with an empty
 * `reaction` list. Custom emoji need to be on the message already or allowed in the chat; paid
 * reactions are not for bots.
 *
 * @param client - the client to call through
 * @param params - `chat_id` and `message_id`, and optionally `reaction` and `is_big`
 * @param options - `signal`, `timeoutMs`
 * @returns `true` on success
 * @see https://core.telegram.org/bots/api#setmessagereaction
 */
export function setMessageReaction(
  client: Client,
  params: Params<'setMessageReaction'>,
  options?: CallOptions,
): Promise<Result<'setMessageReaction'>> {
  return client.call('setMessageReaction', params, options);
}
